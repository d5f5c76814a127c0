#pragma once

class QWidget;

namespace gradus {

class Workspace;

// How many fictional patients the app offers to create.
inline constexpr int kOfferedDemoPatients = 80;

// Asks whether to create the fictional demo clinic, and creates it when the answer is yes.
// Returns true when patients were created. Never creates anything without asking. The
// patients are written off the UI thread, with a progress dialog whose Cancel leaves none.
bool offerDemoClinic(QWidget* parent, Workspace& workspace, int count = kOfferedDemoPatients);

// At start-up: when the store has no patients and this has not been asked for this store
// before, asks once (see offerDemoClinic). Remembered per store in QSettings.
void offerDemoClinicIfEmpty(QWidget* parent, Workspace& workspace);

} // namespace gradus
