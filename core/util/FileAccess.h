#pragma once

#include "util/ErrorKind.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

// What the file system allows, asked the way a user means it. A file or folder the user made
// read-only (no write bit) is read-only for Gradus even when it runs as root, which the kernel
// would let write anyway; a read-only mount is read-only for everybody.
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)

public:
    // Whether Gradus may change `path` (an existing file or folder).
    static bool mayWrite(const QString& path);
    // Whether `path` lies on a file system mounted read-only.
    static bool onReadOnlyMount(const QString& path);
    // The nearest folder of `path` that exists (the path itself when it is a folder).
    static QString nearestExistingFolder(const QString& path);

    // The kind of a failed system call: EROFS is read-only, EACCES/EPERM permission,
    // ENOSPC/EDQUOT/EFBIG disk full, EBUSY/ETXTBSY busy; anything else is a plain failure.
    static ErrorKind kindOfErrno(int error);
    // "the disk is full (No space left on device)": a translated cause for messages.
    static QString causeOfErrno(int error);
};

} // namespace gradus
