#include "DatabaseSwitcher.h"
#include "BackgroundTask.h"
#include "PlainMessageBox.h"

#include "OpenDatabaseDialog.h"
#include "SignInDialog.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "log/Logging.h"
#include "services/BackupService.h"
#include "services/StoreOpening.h"
#include "settings/DeskSettings.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace gradus {
namespace {

const auto log = &logging::module<"ui.databases">;

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
    auto store = StoreOpening::forDesk(location, m_current->clock());
    if (!store)
        return store.error();
    return adopt(std::move(*store));
}

Status DatabaseSwitcher::openOrSignIn(const DatabaseLocation& location, QWidget* parent)
{
    if (m_current->db().location().displayName() == location.displayName())
        return {};
    auto store = SignInDialog::openOrSignIn(location, m_current->clock(), parent);
    if (!store)
        return store.error();
    return adopt(std::move(*store));
}

Status DatabaseSwitcher::adopt(std::unique_ptr<Workspace> next)
{
    const QString name = next->db().location().displayName();
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
    return BackupService::copyTo(*m_current, targetPath, replace);
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
    const Status st =
        BackgroundTask::runOnStore(parent, *m_current, tr("Backing up the database…"),
                                   [target](Workspace& store, TaskProgress&) {
                                       return BackupService::copyTo(store, target, true);
                                   });
    if (BackgroundTask::wasCancelled(st))
        return;
    if (!st) {
        showProblem(parent, tr("Backup failed"), st.error());
        return;
    }
    emit statusMessage(tr("Backup saved to %1").arg(target));
}

} // namespace gradus
