#pragma once

class QWidget;

namespace gradus {
class MainWindow;
class Workspace;
} // namespace gradus

namespace gradus::pacingShots {

// Standalone pictures of the pacing widgets with a realistic, fictional example. Each
// returns a top-level widget owned by `owner`, ready to grab.
QWidget* pacingSchedule(QWidget* owner);
QWidget* reviewProposal(QWidget* owner);
QWidget* reviewOverride(QWidget* owner);
// The patient view's Pacing tab for a fictional patient ten weeks into a walking plan, and
// the review dialog that follows recording her next visit (stored data, real decisions).
QWidget* pacingTab(MainWindow& window, Workspace& workspace);
QWidget* reviewAfterVisit(MainWindow& window, Workspace& workspace);

} // namespace gradus::pacingShots
