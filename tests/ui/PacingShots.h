#pragma once

class QWidget;

namespace gradus::pacingShots {

// Standalone pictures of the pacing widgets with a realistic, fictional example. Each
// returns a top-level widget owned by `owner`, ready to grab.
QWidget* pacingSchedule(QWidget* owner);
QWidget* reviewProposal(QWidget* owner);
QWidget* reviewOverride(QWidget* owner);

} // namespace gradus::pacingShots
