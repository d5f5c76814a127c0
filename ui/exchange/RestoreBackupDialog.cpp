#include "exchange/RestoreBackupDialog.h"

#include "BackgroundTask.h"
#include "Workspace.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

RestoreBackupDialog::RestoreBackupDialog(Workspace& workspace, Opener opener, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("RestoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A backup is restored as a new database file and opened in a new window; the "
                      "database you are using now stays as it is. The backup is checked first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a backup"));
    m_file->setAccessibleName(tr("Backup file"));
    m_file->setMinimumWidth(460);
    auto* chooseFile = new QPushButton(tr("&Choose…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(chooseFile);
    form->addRow(tr("Backup:"), fileRow);
    m_summary = dialogParts::plainLabel(QStringLiteral("backupSummary"));
    form->addRow(tr("Holds:"), m_summary);
    auto* targetRow = new QHBoxLayout;
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    auto* chooseTarget = new QPushButton(tr("B&rowse…"));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(chooseTarget);
    auto* targetLabel = new QLabel(tr("Restore &as:"));
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    layout->addLayout(form);
    m_open = new QCheckBox(tr("&Open the restored database in a new window"));
    m_open->setObjectName(QStringLiteral("openRestored"));
    m_open->setChecked(true);
    layout->addWidget(m_open);
    m_status = dialogParts::addStatusLine(layout, QStringLiteral("restoreStatus"), this);
    m_restore = dialogParts::addCloseAndAction(layout, this, tr("&Restore"),
                                               QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(chooseFile, &QPushButton::clicked, this, &RestoreBackupDialog::chooseBackup);
    connect(chooseTarget, &QPushButton::clicked, this, &RestoreBackupDialog::chooseTarget);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreNow(); });

    const Database& db = workspace.db();
    if (db.backend() != SqlBackend::Sqlite) {
        showStatus(tr("This desk uses a clinic server; its backups are restored on the server "
                      "(pg_restore). A file backup can still be restored here as a new file."),
                   false);
    } else {
        const QString folder = QFileInfo(db.location().filePath).absolutePath();
        m_target->setText(
            QDir(folder).filePath(QStringLiteral("gradus-restored-%1.sqlite")
                                      .arg(workspace.clock().today().toString(Qt::ISODate))));
    }
}

bool RestoreBackupDialog::openInNewWindow(const QString& databasePath)
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                   {QStringLiteral("--database"), databasePath});
}

void RestoreBackupDialog::chooseBackup()
{
    const Database& db = m_workspace.db();
    QString folder = db.backend() == SqlBackend::Sqlite
                         ? BackupService::backupFolder(db.location().filePath)
                         : QDir::homePath();
    if (!QFileInfo(folder).isDir())
        folder = QFileInfo(folder).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Backup"), folder,
                                     tr("Gradus database (*.sqlite *.db *.bak);;All files (*)"));
    if (!path.isEmpty())
        setBackup(path);
}

void RestoreBackupDialog::chooseTarget()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Restore As"), m_target->text(),
                                                      tr("Gradus database (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_target->setText(path);
    m_approvedReplace = path;
}

void RestoreBackupDialog::showStatus(const QString& text, bool problem)
{
    tones::clearTextTone(m_status);
    if (problem)
        tones::setTextTone(m_status, tones::Tone::Error);
    m_status->setText(text);
}

void RestoreBackupDialog::setBackup(const QString& path)
{
    m_backup = path;
    m_file->setText(path);
    m_restored.reset();
    // The integrity check reads the whole copy: on a worker, so a big one keeps the window alive.
    auto info = BackgroundTask::compute<BackupInfo>(
        this, tr("Checking the backup…"),
        [path](TaskProgress&) { return BackupService::inspect(path); });
    if (!info) {
        m_summary->clear();
        m_restore->setEnabled(false);
        showStatus(info.error().message, true);
        return;
    }
    const QLocale locale;
    m_summary->setText(
        tr("%1 patients, %2 visits, %3 programmes; saved %4 at %5; %6 MB. Database version %7 "
           "(this Gradus reads up to %8).")
            .arg(info->patients)
            .arg(info->visits)
            .arg(info->programmes)
            .arg(locale.toString(info->modified.date(), QLocale::ShortFormat),
                 info->modified.time().toString(QStringLiteral("HH:mm")),
                 locale.toString(info->bytes / 1048576.0, 'f', 1))
            .arg(info->schemaVersion)
            .arg(Database::latestSchemaVersion()));
    showStatus(tr("The backup passed SQLite's integrity check."), false);
    m_restore->setEnabled(true);
}

bool RestoreBackupDialog::restoreNow()
{
    const QString target = m_target->text().trimmed();
    if (m_backup.isEmpty() || target.isEmpty())
        return false;
    const Database& db = m_workspace.db();
    const QString inUse = db.backend() == SqlBackend::Sqlite ? db.location().filePath : QString();
    auto restored = BackgroundTask::compute<BackupInfo>(
        this, tr("Restoring the backup…"),
        [backup = m_backup, target, replace = target == m_approvedReplace, inUse](TaskProgress&) {
            return BackupService::restore(backup, target, replace, inUse);
        });
    if (!restored && BackgroundTask::wasCancelled(restored.error()))
        return false;
    if (!restored) {
        showStatus(restored.error().code == QLatin1String("file.exists")
                       ? tr("%1 already exists. Choose another name, or choose it with Browse… "
                            "to replace it.")
                             .arg(target)
                       : restored.error().message,
                   true);
        return false;
    }
    m_restored = *restored;
    m_restore->setEnabled(false);
    if (m_open->isChecked() && m_opener) {
        if (!m_opener(restored->path)) {
            showStatus(tr("Restored to %1, but a new window could not be started; open it "
                          "with: gradus --database \"%1\"")
                           .arg(restored->path),
                       true);
            return true;
        }
        showStatus(tr("Restored to %1 and opened in a new window.").arg(restored->path), false);
    } else {
        showStatus(tr("Restored to %1. Open it with: gradus --database \"%1\"").arg(restored->path),
                   false);
    }
    return true;
}

} // namespace gradus
