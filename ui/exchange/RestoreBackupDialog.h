#pragma once

#include "services/BackupService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gradus {

class Workspace;

// File > Restore Backup…: choose a backup (the automatic ones are offered first), see what it
// holds once it has been checked, restore it as a new database file beside the current one,
// and open that copy in a new window. The database in use is never written over.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens a database file in a new Gradus window; true when started.
    using Opener = std::function<bool(const QString& databasePath)>;
    RestoreBackupDialog(Workspace& workspace, Opener opener, QWidget* parent = nullptr);

    // The default opener: this program again with --database PATH.
    static bool openInNewWindow(const QString& databasePath);

    // What Choose… does after choosing: checks the backup and shows what it holds.
    void setBackup(const QString& path);
    bool restoreNow();

    QLineEdit* targetField() const { return m_target; }
    QLabel* summary() const { return m_summary; }
    QLabel* statusLabel() const { return m_status; }
    QCheckBox* openBox() const { return m_open; }
    QPushButton* restoreButton() const { return m_restore; }
    const std::optional<BackupInfo>& restored() const { return m_restored; }

private:
    void chooseBackup();
    void chooseTarget();
    void showStatus(const QString& text, bool problem);

    Workspace& m_workspace;
    Opener m_opener;
    QString m_backup;
    QString m_approvedReplace;
    std::optional<BackupInfo> m_restored;
    QLineEdit* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_target = nullptr;
    QCheckBox* m_open = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace gradus
