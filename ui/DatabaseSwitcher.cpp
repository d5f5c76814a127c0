#include "DatabaseSwitcher.h"
#include "BackgroundTask.h"
#include "PlainMessageBox.h"

#include "OpenDatabaseDialog.h"
#include "SignInDialog.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "log/Logging.h"
#include "settings/DeskSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace gradus {
namespace {

const auto& log()
{
    static const auto logger = logging::get("ui.databases");
    return logger;
}

} // namespace

DatabaseSwitcher::DatabaseSwitcher(std::unique_ptr<Workspace> initial, QObject* parent)
    : QObject(parent), m_owned(std::move(initial)), m_current(m_owned.get())
{
}

DatabaseSwitcher::DatabaseSwitcher(Workspace& initial, QObject* parent)
    : QObject(parent), m_current(&initial)
{
}

DatabaseSwitcher::~DatabaseSwitcher() = default;

Status DatabaseSwitcher::open(const DatabaseLocation& location)
{
    if (location.backend == SqlBackend::Sqlite && !QFileInfo(location.filePath).isFile())
        return Error{QStringLiteral("database.missing"),
                     tr("There is no database at %1. Use File → New Database… to start one.")
                         .arg(location.filePath),
                     ErrorKind::NoDatabase};
    return switchTo(location);
}

Status DatabaseSwitcher::createNew(const QString& filePath)
{
    if (QFileInfo::exists(filePath))
        return Error{QStringLiteral("database.exists"),
                     tr("%1 exists already; a new database never replaces a file. Choose "
                        "another name, or open it with File → Open Database….")
                         .arg(filePath),
                     ErrorKind::Invalid};
    return switchTo(DatabaseLocation::sqliteFile(filePath));
}

Status DatabaseSwitcher::switchTo(const DatabaseLocation& location)
{
    const QString name = location.displayName();
    if (m_current->db().location().displayName() == name)
        return {};
    auto db = Database::open(location);
    if (!db)
        return db.error();
    return adopt(std::move(*db));
}

Status DatabaseSwitcher::openOrSignIn(const DatabaseLocation& location, QWidget* parent)
{
    if (m_current->db().location().displayName() == location.displayName())
        return {};
    auto db = SignInDialog::openOrSignIn(location, parent);
    if (!db)
        return db.error();
    return adopt(std::move(*db));
}

void DatabaseSwitcher::setUpForDesk(Database& db)
{
    db.setWriteLockWait(5000);
}

Status DatabaseSwitcher::adopt(std::unique_ptr<Database> db)
{
    const QString name = db->location().displayName();
    setUpForDesk(*db);
    auto next = std::make_unique<Workspace>(std::move(db), m_current->clock());
    // The built-in exercise library goes in on first use and is merged after an upgrade.
    if (auto library = ExerciseLibrary::ensureLoaded(*next); !library)
        emit statusMessage(library.error().message);

    DeskSettings desk;
    desk.addRecentDatabase(name);
    desk.setValue(DeskSettings::Key::LastDatabase, name);
    emit recentChanged();

    std::unique_ptr<Workspace> previous = std::move(m_owned);
    m_owned = std::move(next);
    m_current = m_owned.get();
    log()->info("switched to another database (schema {})", m_current->db().schemaVersion());
    emit switched(*m_current);
    emit statusMessage(tr("Opened %1").arg(name));
    return {}; // `previous` closes here, after every view has left it
}

Status DatabaseSwitcher::backUpTo(const QString& targetPath, bool replace)
{
    return backUp(m_current->db(), targetPath, replace);
}

Status DatabaseSwitcher::backUp(Database& db, const QString& targetPath, bool replace)
{
    const QString current = QFileInfo(db.location().filePath).canonicalFilePath();
    if (!current.isEmpty() && QFileInfo(targetPath).canonicalFilePath() == current)
        return Error{
            QStringLiteral("backup.same_file"),
            tr("A backup cannot be written over the database it copies (%1).").arg(targetPath),
            ErrorKind::Invalid};
    return db.backupTo(targetPath, replace);
}

void DatabaseSwitcher::showProblem(QWidget* parent, const QString& title, const Error& error)
{
    PlainMessageBox::warning(parent, title, error.message);
}

void DatabaseSwitcher::chooseNew(QWidget* parent)
{
    const QString folder = m_current->db().backend() == SqlBackend::Sqlite
                               ? QFileInfo(m_current->db().location().filePath).absolutePath()
                               : QDir::homePath();
    // The file dialog must not offer to overwrite: a new database never replaces a file.
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("New Database"), QDir(folder).filePath(QStringLiteral("clinic.sqlite")),
        tr("Gradus database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString file =
        QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
    if (auto st = createNew(file); !st)
        showProblem(parent, tr("New Database"), st.error());
}

void DatabaseSwitcher::chooseAndOpen(QWidget* parent)
{
    OpenDatabaseDialog dialog(m_current->db().location(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DatabaseLocation chosen = dialog.location();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st =
        chosen.backend == SqlBackend::Postgres ? openOrSignIn(chosen, parent) : open(chosen);
    QApplication::restoreOverrideCursor();
    if (!st)
        showProblem(parent, tr("Open Database"), st.error());
}

void DatabaseSwitcher::openRecent(const QString& location, QWidget* parent)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed) {
        showProblem(parent, tr("Open Recent"), parsed.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st =
        parsed->backend == SqlBackend::Postgres ? openOrSignIn(*parsed, parent) : open(*parsed);
    QApplication::restoreOverrideCursor();
    if (st)
        return;
    // A file that has gone (moved, deleted) leaves the list; a server may only be down.
    if (st.error().code == QLatin1String("database.missing")) {
        DeskSettings().removeRecentDatabase(location);
        emit recentChanged();
    }
    showProblem(parent, tr("Open Recent"), st.error());
}

void DatabaseSwitcher::chooseBackUp(QWidget* parent)
{
    const QFileInfo current(m_current->db().location().filePath);
    const QString suggested = current.dir().filePath(
        QStringLiteral("gradus-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(parent, tr("Back Up Database"), suggested,
                                                        tr("Gradus database (*.sqlite)"));
    if (target.isEmpty())
        return;
    // The dialog has already asked before replacing; the old file stays until the copy is
    // whole. The copy is made on a worker, so a big clinic does not freeze the window.
    const Status st = BackgroundTask::runOnStore(
        parent, *m_current, tr("Backing up the database…"),
        [target](Workspace& store, TaskProgress&) { return backUp(store.db(), target, true); });
    if (BackgroundTask::wasCancelled(st))
        return;
    if (!st) {
        showProblem(parent, tr("Backup failed"), st.error());
        return;
    }
    emit statusMessage(tr("Backup saved to %1").arg(target));
}

} // namespace gradus
