#pragma once

#include <QString>

namespace gradus {

// The desk's choice of UI language (QSettings, per user and computer): a code of Languages,
// or empty to follow the system. Kept apart so it can move into the typed desk settings.
namespace UiLanguageSetting {

QString key(); // "ui/language"
// The stored choice; empty when the UI follows the system (or the stored value is unknown).
QString stored();
// Stores a choice; empty (or unsupported) means "follow the system".
void store(const QString& code);
// The language the UI should speak: the stored choice, else the system's.
QString effective();

} // namespace UiLanguageSetting

} // namespace gradus
