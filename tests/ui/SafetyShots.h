#pragma once

class QWidget;

namespace gradus {

class MainWindow;
class Workspace;

// Shots of the safety work for tests/ui/ScreenshotTool.cpp: the red-flag screen dialog filled
// in, and the patient view's Red flags tab with an unresolved screen (banner showing).
QWidget* shotRedFlagDialog(MainWindow& window, Workspace& workspace);
QWidget* shotRedFlagBanner(MainWindow& window, Workspace& workspace);

} // namespace gradus
