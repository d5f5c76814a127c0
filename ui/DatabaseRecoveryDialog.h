#pragma once

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>

#include <QDate>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace gradus {

// Shown at start-up when the database cannot be opened: says why, and offers to open another
// file, create a new database, restore a backup, or quit. Nothing is overwritten: restoring
// moves the unusable file aside (renamed, never deleted) before the checked backup takes its
// place. exec() returns Accepted with database() open, or Rejected when the user quits.
class DatabaseRecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    DatabaseRecoveryDialog(DatabaseLocation failed, const Error& error, QWidget* parent = nullptr);
    ~DatabaseRecoveryDialog() override;

    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }

    // The three ways out, each callable without its file dialog (tests, scripts). On failure
    // the message shows why, and the dialog stays open for another try.
    Status openExisting(const QString& path);
    Status createNew(const QString& path);
    Status restoreBackup(const QString& backupPath);

    // Replaces the SQLite database at `databasePath` by a copy of `backupPath` once an
    // integrity check has passed on the backup. The old file and its journals are renamed
    // "<name>.unusable-<time>" beside it. Returns the name the old file was moved to.
    static Result<QString> restoreFile(const QString& databasePath, const QString& backupPath);

    // The most recent backup beside `databasePath` (the app's "gradus-backup-*.sqlite", the
    // copies taken before upgrades, "<name>.schemaN-*.bak"), or empty.
    static QString newestBackup(const QString& databasePath);

    QString messageText() const;

    // The start-up quick check, at most once a day per database: a store that passed today is
    // not checked again. Returns the Damaged error when the check finds damage (and then checks
    // again at the next start), nothing otherwise.
    static std::optional<Error> startupCheck(Database& db, const QDate& today);

private:
    void showFailure(const Error& error);
    Status adopt(Result<std::unique_ptr<Database>> opened);
    void chooseExisting();
    void chooseNew();
    void chooseBackup();

    DatabaseLocation m_failed;
    QLabel* m_message = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_newestBackup;
    std::unique_ptr<Database> m_database;
};

} // namespace gradus
