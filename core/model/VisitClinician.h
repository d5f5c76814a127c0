#pragma once

#include <QString>

namespace gradus {

// Who is recording. Gradus has no user accounts (yet): a clinic shares one store, so the name
// on a visit, a measure or an amendment is simply text the caller supplies. gradus-cli takes
// --clinician NAME and otherwise uses the operating-system account's name; the app keeps a
// per-desk name in its settings and falls back to the same. It is a record of who said they
// made the entry, not an authentication.
QString defaultClinicianName();

} // namespace gradus
