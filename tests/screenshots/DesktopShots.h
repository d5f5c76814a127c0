#pragma once

#include <QString>

class QWidget;

namespace gradus {
class MainWindow;
class Workspace;
} // namespace gradus

// Shots of the desktop parts: the Preferences dialog, each menu opened over the window, the
// window in a dark palette, and a handout with the clinic's logo (written as PDF).
namespace gradus::desktopShots {

QWidget* preferences(MainWindow& window, Workspace& workspace, int tab);
// The window with `menu` ("menuFile", "menuEdit", "menuView", "menuHelp") opened, as one
// picture (the popup painted over the window).
QWidget* openMenu(MainWindow& window, Workspace& workspace, const char* menu);
QWidget* darkPalette(MainWindow& window, Workspace& workspace);
QWidget* openDatabase(MainWindow& window, Workspace& workspace);
QWidget* userGuide(MainWindow& window, Workspace& workspace);
// Sets the clinic's details and an SVG logo, and writes the demo handout to `pdfPath`.
bool handoutWithLogo(Workspace& workspace, const QString& pdfPath);

} // namespace gradus::desktopShots
