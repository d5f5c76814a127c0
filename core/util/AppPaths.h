#pragma once

#include <QString>

namespace gradus {

// Where Gradus keeps its files unless the user says otherwise. dataDirectory() and
// logDirectory() create their folder (owner-only) when it does not exist yet;
// defaultDatabasePath() only names the file.
namespace AppPaths {
QString dataDirectory();
// The same folder's path, without creating it: ~/.local/share/Gradus/Gradus whatever the
// application's organisation name (io.github.gradus since 0.2).
QString dataDirectoryPath();
QString defaultDatabasePath();
QString logDirectory();
// Creates `dir` and its missing parents, each owner-only (0700) from the start; folders that
// exist are left as they are. On failure errno says why.
bool ensurePrivateDirectory(const QString& dir);
} // namespace AppPaths

} // namespace gradus
