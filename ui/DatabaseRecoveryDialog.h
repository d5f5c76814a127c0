#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace gradus {

class Clock;
class Workspace;

// Shown at start-up when the database cannot be opened: says why, and offers to open another
// file, create a new database, restore a backup, or quit. Nothing is overwritten: restoring
// moves the unusable file aside (renamed, never deleted) before the checked backup takes its
// place. exec() returns Accepted with the store open (takeStore()), or Rejected when the user
// quits. The rules (what may be created, how a backup is checked and put in place) are
// StoreOpening's.
class DatabaseRecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    DatabaseRecoveryDialog(DatabaseLocation failed, const Error& error, Clock& clock,
                           QWidget* parent = nullptr);
    ~DatabaseRecoveryDialog() override;

    std::unique_ptr<Workspace> takeStore();

    // The three ways out, each callable without its file dialog (tests, scripts). On failure
    // the message shows why, and the dialog stays open for another try.
    Status openExisting(const QString& path);
    Status createNew(const QString& path);
    Status restoreBackup(const QString& backupPath);

    QString messageText() const;

private:
    void showFailure(const Error& error);
    Status adopt(Result<std::unique_ptr<Workspace>> opened);
    void chooseExisting();
    void chooseNew();
    void chooseBackup();

    DatabaseLocation m_failed;
    Clock& m_clock;
    QLabel* m_message = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_newestBackup;
    std::unique_ptr<Workspace> m_store;
};

} // namespace gradus
