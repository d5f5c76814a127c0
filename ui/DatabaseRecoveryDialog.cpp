#include "DatabaseRecoveryDialog.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "services/StoreOpening.h"
#include "style/DialogParts.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {
namespace {

auto log()
{
    return logging::get("recovery");
}

} // namespace

DatabaseRecoveryDialog::DatabaseRecoveryDialog(DatabaseLocation failed, const Error& error,
                                               Clock& clock, QWidget* parent)
    : QDialog(parent), m_failed(std::move(failed)), m_clock(clock)
{
    setWindowTitle(tr("Gradus: the database cannot be opened"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    dialogParts::addWarningSign(top, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    // Paths and driver messages are shown as they are, never as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(520);
    top->addWidget(m_message, 1);
    layout->addLayout(top);

    auto* hint = new QLabel(tr("Nothing has been changed. You can open another database file, "
                               "create a new one, or restore a backup copy in its place (the "
                               "file that cannot be opened is kept beside it, renamed)."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(hint);

    if (m_failed.backend == SqlBackend::Sqlite)
        m_newestBackup = StoreOpening::newestBackup(m_failed.filePath);
    if (!m_newestBackup.isEmpty()) {
        const QFileInfo backup(m_newestBackup);
        auto* newest =
            new QLabel(tr("The most recent backup is %1, saved %2.")
                           .arg(backup.fileName(),
                                QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
                       this);
        newest->setObjectName(QStringLiteral("newestBackup"));
        newest->setTextFormat(Qt::PlainText);
        newest->setWordWrap(true);
        layout->addWidget(newest);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(tr("&Open Another File…"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openAnother"));
    auto* create = buttons->addButton(tr("&Create New Database…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("createNew"));
    m_restore = buttons->addButton(tr("&Restore a Backup…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    // A server's backups are restored on the server; only a file can be replaced here.
    m_restore->setEnabled(m_failed.backend == SqlBackend::Sqlite && !m_failed.filePath.isEmpty());
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, &DatabaseRecoveryDialog::chooseExisting);
    connect(create, &QPushButton::clicked, this, &DatabaseRecoveryDialog::chooseNew);
    connect(m_restore, &QPushButton::clicked, this, &DatabaseRecoveryDialog::chooseBackup);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showFailure(error);
}

DatabaseRecoveryDialog::~DatabaseRecoveryDialog() = default;

std::unique_ptr<Workspace> DatabaseRecoveryDialog::takeStore()
{
    return std::move(m_store);
}

QString DatabaseRecoveryDialog::messageText() const
{
    return m_message->text();
}

void DatabaseRecoveryDialog::showFailure(const Error& error)
{
    m_message->setText(error.message);
}

Status DatabaseRecoveryDialog::adopt(Result<std::unique_ptr<Workspace>> opened)
{
    if (!opened) {
        log()->warn("recovery attempt failed: {}", opened.error().code.toStdString());
        showFailure(opened.error());
        return opened.error();
    }
    m_store = std::move(*opened);
    accept();
    return {};
}

Status DatabaseRecoveryDialog::openExisting(const QString& path)
{
    return adopt(StoreOpening::existingForDesk(DatabaseLocation::sqliteFile(path), m_clock));
}

Status DatabaseRecoveryDialog::createNew(const QString& path)
{
    auto created = StoreOpening::newFile(path, m_clock);
    if (!created && created.error().code == QLatin1String("create.exists")) {
        Error error = created.error();
        error.message += QLatin1Char(' ') + tr("Choose \"Open Another File\" to use it, or "
                                               "another name for a new database.");
        return adopt(error);
    }
    return adopt(std::move(created));
}

Status DatabaseRecoveryDialog::restoreBackup(const QString& backupPath)
{
    auto moved = StoreOpening::restoreFile(m_failed.filePath, backupPath);
    if (!moved) {
        showFailure(moved.error());
        return moved.error();
    }
    return adopt(StoreOpening::existingForDesk(m_failed, m_clock));
}

void DatabaseRecoveryDialog::chooseExisting()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_failed.filePath).absolutePath(),
        tr("Gradus database (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        (void)openExisting(path); // a failure is shown in the dialog, which stays open
}

void DatabaseRecoveryDialog::chooseNew()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Create New Database"), QFileInfo(m_failed.filePath).absolutePath(),
        tr("Gradus database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        (void)createNew(path); // likewise
}

void DatabaseRecoveryDialog::chooseBackup()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore a Backup"),
        m_newestBackup.isEmpty() ? QFileInfo(m_failed.filePath).absolutePath() : m_newestBackup,
        tr("Gradus backups (*.sqlite *.bak *.db);;All files (*)"));
    if (!path.isEmpty())
        (void)restoreBackup(path); // likewise
}

} // namespace gradus
