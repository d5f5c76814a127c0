#pragma once

class QWidget;

namespace gradus {

class MainWindow;
class Workspace;

// Shots of the visits work for tests/screenshots/ScreenshotTool.cpp. The patient view of the
// patients work will host PatientProgressView as a tab; until then it is shot in its own window,
// with a fictional demo patient and demo visits inserted by the shot.
QWidget* shotPatientProgress(MainWindow& window, Workspace& workspace);
QWidget* shotPatientProgressMeasures(MainWindow& window, Workspace& workspace);
QWidget* shotPatientProgressCharts(MainWindow& window, Workspace& workspace);
QWidget* shotRecordVisitDialog(MainWindow& window, Workspace& workspace);
QWidget* shotAmendVisitDialog(MainWindow& window, Workspace& workspace);
QWidget* shotMeasureDialogOdi(MainWindow& window, Workspace& workspace);
QWidget* shotMeasureDialogRmdq(MainWindow& window, Workspace& workspace);
QWidget* shotMeasureDialogPsfs(MainWindow& window, Workspace& workspace);

} // namespace gradus
