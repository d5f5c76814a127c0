#pragma once

class QWidget;

namespace gradus {

class MainWindow;
class Workspace;

// Shots of the safety work for tests/screenshots/ScreenshotTool.cpp: the red-flag screen dialog
// filled in, and the patient view's Red flags tab with an unresolved screen (banner showing).
QWidget* shotRedFlagDialog(MainWindow& window, Workspace& workspace);
QWidget* shotRedFlagBanner(MainWindow& window, Workspace& workspace);
// The programme builder with safety findings: avoid, caution and prefer rows, one "avoid"
// kept with a reason, the detail area showing the selected finding's source.
QWidget* shotBuilderSafety(MainWindow& window, Workspace& workspace);
// The builder for a sciatica patient with no onset recorded: toe touch, sit-up and deadlift all
// flagged, the selected finding saying what it assumed, with "Record Onset…".
QWidget* shotBuilderUnknownOnset(MainWindow& window, Workspace& workspace);
// The red-flag decision dialog for a screen with an emergency and an infection flag, with
// "Discussed" chosen and the note written.
QWidget* shotRedFlagDecisionDialog(MainWindow& window, Workspace& workspace);
// The Red flags tab's history: an older screen decided, the latest unresolved (banner showing),
// and a clear screen before both.
QWidget* shotRedFlagHistory(MainWindow& window, Workspace& workspace);
// The "Keep with a Reason…" dialog, filled in.
QWidget* shotKeepDialog(MainWindow& window, Workspace& workspace);

} // namespace gradus
