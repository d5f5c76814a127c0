#pragma once

#include <QString>

namespace gradus {

// Where Gradus keeps its files unless the user says otherwise. Each function creates the
// directory (readable by the owner only) when it does not exist yet.
namespace AppPaths {
QString dataDirectory();
// The same folder's path, without creating it: ~/.local/share/Gradus/Gradus whatever the
// application's organisation name (io.github.gradus since 0.2).
QString dataDirectoryPath();
QString defaultDatabasePath();
QString logDirectory();
// Creates `dir` and its parents; new directories get owner-only permissions.
bool ensurePrivateDirectory(const QString& dir);
// Restricts an existing file to owner read/write (patient data must not be world-readable).
bool restrictToOwner(const QString& filePath);
} // namespace AppPaths

} // namespace gradus
