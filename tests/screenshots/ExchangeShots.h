#pragma once

class QWidget;

namespace gradus {

class MainWindow;
class Workspace;

// Shots of the data exchange dialogs for tests/screenshots/ScreenshotTool.cpp: each dialog as a
// clinician meets it, filled in with a fictional patient who has visits, questionnaires, an
// active programme and a graded walking plan.
namespace exchangeShots {
QWidget* fhirExport(MainWindow& window, Workspace& workspace);
QWidget* programmeExport(MainWindow& window, Workspace& workspace);
QWidget* calendarExport(MainWindow& window, Workspace& workspace);
QWidget* outcomesExport(MainWindow& window, Workspace& workspace);
// The import dialog with a good file previewed, with a broken file's message, and after the
// import with the safety findings for a patient with sciatica.
QWidget* importPreview(MainWindow& window, Workspace& workspace);
QWidget* importProblem(MainWindow& window, Workspace& workspace);
QWidget* importDone(MainWindow& window, Workspace& workspace);
QWidget* restoreBackup(MainWindow& window, Workspace& workspace);
} // namespace exchangeShots

} // namespace gradus
