#include "DatabaseRecoveryDialog.h"

#include "log/Logging.h"
#include "storage/IntegrityCheck.h"
#include "util/PrivateFile.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace gradus {
namespace {

auto log()
{
    return logging::get("recovery");
}

const QStringList kSidecars = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};

} // namespace

DatabaseRecoveryDialog::DatabaseRecoveryDialog(DatabaseLocation failed, const Error& error,
                                               QWidget* parent)
    : QDialog(parent), m_failed(std::move(failed))
{
    setWindowTitle(tr("Gradus: the database cannot be opened"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
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
        m_newestBackup = newestBackup(m_failed.filePath);
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

QString DatabaseRecoveryDialog::messageText() const
{
    return m_message->text();
}

void DatabaseRecoveryDialog::showFailure(const Error& error)
{
    m_message->setText(error.message);
}

Status DatabaseRecoveryDialog::adopt(Result<std::unique_ptr<Database>> opened)
{
    if (!opened) {
        log()->warn("recovery attempt failed: {}", opened.error().code.toStdString());
        showFailure(opened.error());
        return opened.error();
    }
    m_database = std::move(*opened);
    accept();
    return {};
}

Status DatabaseRecoveryDialog::openExisting(const QString& path)
{
    OpenOptions options;
    options.createIfMissing = false;
    return adopt(Database::open(DatabaseLocation::sqliteFile(path), options));
}

Status DatabaseRecoveryDialog::createNew(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        const Error error{QStringLiteral("create.exists"),
                          tr("%1 already exists and is not empty; nothing was changed. Choose "
                             "\"Open Another File\" to use it, or another name for a new "
                             "database.")
                              .arg(QDir::toNativeSeparators(path)),
                          ErrorKind::Invalid};
        showFailure(error);
        return error;
    }
    OpenOptions options;
    options.createIfMissing = true;
    options.replaceEmptyFile = true;
    return adopt(Database::open(DatabaseLocation::sqliteFile(path), options));
}

Status DatabaseRecoveryDialog::restoreBackup(const QString& backupPath)
{
    auto moved = restoreFile(m_failed.filePath, backupPath);
    if (!moved) {
        showFailure(moved.error());
        return moved.error();
    }
    OpenOptions options;
    options.createIfMissing = false;
    return adopt(Database::open(m_failed, options));
}

Result<QString> DatabaseRecoveryDialog::restoreFile(const QString& databasePath,
                                                    const QString& backupPath)
{
    auto report =
        IntegrityCheck::run(DatabaseLocation::sqliteFile(backupPath), IntegrityCheck::Depth::Full);
    if (!report)
        return Error{report.error().code,
                     tr("The backup %1 cannot be used: %2 Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), report.error().message),
                     report.error().kind()};
    if (!report->ok())
        return Error{QStringLiteral("restore.damaged"),
                     tr("The backup %1 is damaged too (%2). Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), report->problems.constFirst()),
                     ErrorKind::Damaged};
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("restore.read"),
                     tr("The backup %1 cannot be read: %2. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(backupPath), source.errorString()),
                     ErrorKind::Permission};
    const QByteArray bytes = source.readAll();

    // The unusable file and its journals go aside together: a journal left beside the
    // restored copy would be replayed into it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = QStringLiteral("%1.unusable-%2").arg(databasePath, stamp);
    QStringList movedFrom;
    for (const QString& suffix : kSidecars) {
        const QString from = databasePath + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + suffix)) {
            for (const QString& undo : movedFrom)
                QFile::rename(aside + undo, databasePath + undo);
            return Error{QStringLiteral("restore.aside"),
                         tr("%1 could not be moved aside (is the folder read-only?). Nothing "
                            "was changed.")
                             .arg(QDir::toNativeSeparators(from)),
                         ErrorKind::ReadOnly};
        }
        movedFrom << suffix;
    }
    if (auto st = PrivateFile::write(databasePath, bytes, PrivateFile::Existing::Refuse); !st) {
        for (const QString& undo : movedFrom)
            QFile::rename(aside + undo, databasePath + undo);
        return st.error();
    }
    log()->info("backup restored in place of an unusable database (kept aside)");
    return movedFrom.isEmpty() ? QString() : aside;
}

std::optional<Error> DatabaseRecoveryDialog::startupCheck(Database& db, const QDate& today)
{
    QSettings settings;
    const QString key = QStringLiteral("integrity/lastQuickCheck/%1")
                            .arg(QString::fromLatin1(db.location().displayName().toUtf8().toHex()));
    if (settings.value(key).toDate() == today)
        return std::nullopt;
    const IntegrityCheck::Report report = IntegrityCheck::run(db, IntegrityCheck::Depth::Quick);
    if (!report.ok()) {
        log()->error("start-up check found damage ({} problems)", report.problems.size());
        return IntegrityCheck::damaged(db.location(), report);
    }
    settings.setValue(key, today);
    return std::nullopt;
}

QString DatabaseRecoveryDialog::newestBackup(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QFileInfoList candidates =
        database.absoluteDir().entryInfoList({QStringLiteral("gradus-backup-*.sqlite"),
                                              database.fileName() + QStringLiteral(".schema*.bak")},
                                             QDir::Files | QDir::Readable, QDir::Time);
    return candidates.isEmpty() ? QString() : candidates.constFirst().absoluteFilePath();
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
