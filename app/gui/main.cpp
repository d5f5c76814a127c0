// Entry point of the Gradus desktop application: options, logging, translations, the store,
// and the main window. Everything else lives in gradus_ui and gradus_core.
#include "BackgroundTask.h"
#include "DatabaseRecoveryDialog.h"
#include "DatabaseSwitcher.h"
#include "MainWindow.h"
#include "PlainMessageBox.h"
#include "SignInDialog.h"
#include "StartupBench.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "i18n/MainWindowHost.h"
#include "i18n/Translations.h"
#include "i18n/UiLanguageSetting.h"
#include "log/Logging.h"
#include "patients/DemoOffer.h"
#include "services/BackupService.h"
#include "services/StoreOpening.h"
#include "settings/DeskSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "util/AppPaths.h"
#include "util/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(gradus::kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(gradus::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(gradus::kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(gradus::kVersion));
}

// The desk's choice (View → Language), else the system's language; Qt's own texts too.
void installTranslations()
{
    gradus::Translations::apply(gradus::UiLanguageSetting::effective());
}

struct Options
{
    QString database; // empty = not given
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Graded exercise programmes for physiotherapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the database at PATH (a SQLite file, or "
                                            "postgresql://user@host:port/name for a clinic "
                                            "server) instead of the default."),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.addOption(QCommandLineOption(
        QStringLiteral("startup-bench"),
        QCoreApplication::translate("main", "Print the time to the main window's first paint "
                                            "and to the whole patient list, with the memory in "
                                            "use, and quit.")));
    parser.process(app); // prints help, version or a mistake, and exits
    return {parser.isSet(databaseOption) ? parser.value(databaseOption) : QString()};
}

// --help and --version are answered by a console application object, so that they work
// without a display (a QApplication cannot start without one). Everything else is parsed by
// the QApplication, which first takes out Qt's own options (-platform, -style, ...).
void answerHelpAndVersionWithoutDisplay(int argc, char* argv[])
{
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "--help", "-help", "--help-all", "-v", "--version"})
            asked = asked || qstrcmp(argv[i], flag) == 0;
    if (!asked)
        return;
    QCoreApplication console(argc, argv);
    setIdentity();
    installTranslations();
    parseOptions(console); // exits
}

// --database, else $GRADUS_DATABASE, else the database this desk had open last (when it is
// still there), else the default file.
QString chooseDatabase(const Options& options)
{
    if (!options.database.isEmpty())
        return options.database;
    if (QString env = qEnvironmentVariable("GRADUS_DATABASE"); !env.isEmpty())
        return env;
    QString last = gradus::DeskSettings().value(gradus::DeskSettings::Key::LastDatabase).toString();
    if (last.startsWith(QLatin1String("postgresql://")) ||
        (!last.isEmpty() && QFileInfo(last).isFile()))
        return last;
    return gradus::AppPaths::defaultDatabasePath();
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startClock;
    startClock.start();
    answerHelpAndVersionWithoutDisplay(argc, argv);
    const bool startupBench = gradus::StartupBench::requested(argc, argv);

    // One identity for the desktop: the Wayland app id and the X11 WM_CLASS instance name
    // match the desktop file (io.github.gradus.Gradus.desktop, StartupWMClass).
    QGuiApplication::setDesktopFileName(QString::fromLatin1(gradus::kAppId));
    const bool ownResourceName = qEnvironmentVariableIsEmpty("RESOURCE_NAME");
    if (ownResourceName)
        qputenv("RESOURCE_NAME", gradus::kAppId);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Gradus"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    installTranslations();
    const Options options = parseOptions(app);

    gradus::logging::initialize(gradus::AppPaths::logDirectory(), true);

    const QString where = chooseDatabase(options);
    auto location = gradus::DatabaseLocation::parse(where);
    // A clinic server that wants a password nobody gave (address, ~/.pgpass, PGPASSWORD)
    // asks for it with the sign-in dialog.
    gradus::SystemClock clock;
    auto store = location ? gradus::SignInDialog::openOrSignIn(*location, clock)
                          : gradus::StoreOpening::Opened(location.error());
    // A quick integrity check, at most once a day: damage found now is met with the same
    // choices (restore the last backup, ...) instead of surfacing mid-consultation.
    if (store) {
        if (auto damage = gradus::StoreOpening::startupCheck(**store, QDate::currentDate()))
            store = *damage;
    }
    if (!store) {
        gradus::logging::get("app")->error("could not open the store: {}",
                                           store.error().code.toStdString());
        // Say why, and offer a way on: another file, a new database, a backup, or quit.
        gradus::DatabaseRecoveryDialog recovery(
            location ? *location : gradus::DatabaseLocation::sqliteFile(QString()), store.error(),
            clock);
        if (recovery.exec() != QDialog::Accepted)
            return 1;
        store = recovery.takeStore();
    }

    std::unique_ptr<gradus::Workspace> workspace = std::move(*store);
    // The built-in exercise library goes in on first start and is merged after an upgrade.
    if (auto library = gradus::ExerciseLibrary::ensureLoaded(*workspace); !library)
        gradus::PlainMessageBox::warning(nullptr, QApplication::translate("main", "Gradus"),
                                         library.error().message);
    {
        gradus::DeskSettings desk;
        desk.addRecentDatabase(workspace->db().location().displayName());
        desk.setValue(gradus::DeskSettings::Key::LastDatabase,
                      workspace->db().location().displayName());
    }
    gradus::DatabaseSwitcher databases(std::move(workspace));
    // Other desks' and scripts' changes refresh this desk's views as they are committed; the
    // watcher follows the database that is open.
    auto watcher = std::make_unique<gradus::ChangeWatcher>(databases.current());
    watcher->start();
    QObject::connect(&databases, &gradus::DatabaseSwitcher::switched,
                     [&watcher](gradus::Workspace& current) {
                         watcher = std::make_unique<gradus::ChangeWatcher>(current);
                         watcher->start();
                     });
    // The host rebuilds the window when the user picks another language; the window rebuilds
    // its pages when another database is opened.
    gradus::MainWindowHost host(databases);
    gradus::StartupBench bench(startClock);
    if (startupBench)
        bench.watch(host.window());
    host.show();
    // At most one automatic copy a day, in backups/ beside a SQLite store (README). It is made
    // on a worker while the desk is used: copying a big clinic must not delay the window.
    gradus::BackgroundTask::Job dailyBackup(
        databases.current(),
        [](gradus::Workspace& store, gradus::TaskProgress&) -> gradus::Status {
            if (auto backup = gradus::BackupService::dailyBackup(store); !backup)
                return backup.error();
            return {};
        },
        [&host](const gradus::Status& backup) {
            if (!backup)
                gradus::PlainMessageBox::warning(host.window(),
                                                 QApplication::translate("main", "Gradus"),
                                                 backup.error().message);
        });
    if (ownResourceName)
        qunsetenv("RESOURCE_NAME"); // read when the first window was made; not for children
    // With an empty store (the first start, a new database), offer (never impose) the
    // fictional demo clinic.
    auto offerDemo = [&host, &databases] {
        QTimer::singleShot(0, &host, [&host, &databases] {
            gradus::offerDemoClinicIfEmpty(host.window(), databases.current());
        });
    };
    QObject::connect(&databases, &gradus::DatabaseSwitcher::switched, &host, offerDemo);
    if (!startupBench)
        offerDemo();
    return app.exec();
}
