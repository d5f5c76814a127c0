#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gradus {

// Writes files that hold patient data: atomically (a QSaveFile in the same folder, renamed
// over the target only when complete, so a partial file never replaces a good one) and
// readable by the owner only (0600 from the first byte written). Exports, backups' side files
// and reports go through here.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    enum class Existing
    {
        Refuse,  // an existing file is an error ("file.exists", kind Refused)
        Replace, // the user said so (--force, or a save dialog that asked)
    };

    // Error codes: "file.exists" (Refused), "file.write" (Permission, DiskFull or Failed).
    static Status write(const QString& path, const QByteArray& bytes,
                        Existing existing = Existing::Refuse);
    // The "file.exists" error, for callers that check before doing expensive work.
    static Error existsError(const QString& path);
};

} // namespace gradus
