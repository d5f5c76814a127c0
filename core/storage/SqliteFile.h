#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

// The file side of the embedded store: what lies at the path before Gradus touches it, and the
// building of a new database under a temporary name that is renamed into place when complete,
// so that a kill at any moment leaves either no database or a whole one.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    enum class State
    {
        Missing,
        Empty, // a zero-length file: not adopted unless a new database is asked for there
        Present,
    };
    struct Inspection
    {
        State state = State::Missing;
        // Empty when the file and its folder may be changed; else why not ("the file is
        // read-only", "the folder ... is read-only", "the file system is read-only").
        QString readOnlyReason;
        // A write-ahead log with content lies beside the file (it was not closed cleanly).
        bool hasWal = false;
        bool writable() const { return readOnlyReason.isEmpty(); }
    };

    // Looks without changing anything. Fails for a folder, an unreadable file or folder.
    static Result<Inspection> inspect(const QString& path);

    // Makes the folders a new database at `path` needs (owner-only), or says why it cannot.
    static Status prepareFolder(const QString& path);
    // An empty owner-only file beside `path` to build a new database in.
    static Result<QString> reserveTemporary(const QString& path);
    // Makes the finished temporary file the database at `path`: flushed to disk and renamed,
    // never over a database that appeared meanwhile (only over a zero-length file when
    // `replaceEmpty` says so).
    static Status publish(const QString& temporary, const QString& path, bool replaceEmpty);
    // Removes a temporary file with its journal files.
    static void discard(const QString& temporary);
    // Removes temporary files left beside `path` by creations that were killed.
    static void removeAbandoned(const QString& path);

    // The name to give QSQLITE for a read-only connection: a file: URI, marked immutable when
    // nothing may write the file (so SQLite creates no -shm beside it either).
    static QString readOnlyUri(const QString& path, bool immutable);
};

} // namespace gradus
