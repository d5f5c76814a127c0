#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace gradus {

class Clock;
class Workspace;

// How the app opens the clinic's store: the desk's own store, a worker thread's connection to
// it, a new file, and the recovery paths (the start-up check, restoring a backup). The open
// options and the desk's lock wait are decided here once; the sign-in and recovery dialogs,
// the database switcher and the background tasks only ask.
class StoreOpening
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpening)

public:
    using Opened = Result<std::unique_ptr<Workspace>>;

    // The desk's store: created when a SQLite file is missing, upgraded (after a backup) when
    // older. A save that finds the store locked by another desk is refused (and the
    // clinician's input kept) after about 5 s, whatever the store's default, so that the
    // window never hangs for long.
    static Opened forDesk(const DatabaseLocation& location, Clock& clock);
    // The same, for a store that must already be there: nothing is created.
    static Opened existingForDesk(const DatabaseLocation& location, Clock& clock);
    // A new SQLite database at `path`. A zero-length file there is taken over; anything else
    // is refused with "create.exists" and left as it is.
    static Opened newFile(const QString& path, Clock& clock);
    // A worker thread's own connection to the store the desk has open (Qt's connections
    // belong to the thread that made them): the store as it is, never created or upgraded,
    // its changes signed by `author` (none for a reader).
    static Opened forWorker(const DatabaseLocation& location, const QString& author, Clock& clock);

    // The start-up quick check, at most once a day per database: a store that passed today is
    // not checked again. Returns the Damaged error when the check finds damage (and then
    // checks again at the next start), nothing otherwise.
    static std::optional<Error> startupCheck(Workspace& store, const QDate& today);
    // Replaces the SQLite database at `databasePath` by a copy of `backupPath` once a full
    // integrity check has passed on the backup. The old file and its journals are renamed
    // "<name>.unusable-<time>" beside it, never deleted. Returns the name the old file was
    // moved to (empty when there was none).
    static Result<QString> restoreFile(const QString& databasePath, const QString& backupPath);
    // The most recent backup beside `databasePath` (the app's "gradus-backup-*.sqlite", the
    // copies taken before upgrades, "<name>.schemaN-*.bak"), or empty.
    static QString newestBackup(const QString& databasePath);
};

} // namespace gradus
