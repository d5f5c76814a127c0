#pragma once

#include <QString>

namespace gradus {

// Where Gradus keeps its files unless the user says otherwise. dataDirectory() and
// logDirectory() create their folder (owner-only) when it does not exist yet;
// defaultDatabasePath() only names the file.
namespace AppPaths {
QString dataDirectory();
QString defaultDatabasePath();
QString logDirectory();
// Creates `dir` and its missing parents, each owner-only (0700) from the start; folders that
// exist are left as they are. On failure errno says why.
bool ensurePrivateDirectory(const QString& dir);
} // namespace AppPaths

} // namespace gradus
