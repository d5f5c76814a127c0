// Entry point of the Gradus desktop application: options, logging, translations, the store,
// and the main window. Everything else lives in gradus_ui and gradus_core.
#include "DatabaseRecoveryDialog.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "i18n/MainWindowHost.h"
#include "i18n/Translations.h"
#include "i18n/UiLanguageSetting.h"
#include "log/Logging.h"
#include "patients/DemoOffer.h"
#include "services/BackupService.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "util/AppPaths.h"
#include "util/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(gradus::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(gradus::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(gradus::kOrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(gradus::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    // The desk's choice (View → Language), else the system's language; Qt's own texts too.
    gradus::Translations::apply(gradus::UiLanguageSetting::effective());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Graded exercise programmes for physiotherapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Use the database at PATH (a SQLite file, or "
                                        "postgresql://user@host:port/name for a clinic "
                                        "server) instead of the default."),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    gradus::logging::initialize(gradus::AppPaths::logDirectory(), true);

    const QString where =
        parser.isSet(databaseOption)
            ? parser.value(databaseOption)
            : qEnvironmentVariable("GRADUS_DATABASE", gradus::AppPaths::defaultDatabasePath());
    auto location = gradus::DatabaseLocation::parse(where);
    auto db = location ? gradus::Database::open(*location)
                       : gradus::Result<std::unique_ptr<gradus::Database>>(location.error());
    // A quick integrity check, at most once a day: damage found now is met with the same
    // choices (restore the last backup, ...) instead of surfacing mid-consultation.
    if (db) {
        if (auto damage = gradus::DatabaseRecoveryDialog::startupCheck(**db, QDate::currentDate()))
            db = *damage;
    }
    if (!db) {
        gradus::logging::get("app")->error("could not open the store: {}",
                                           db.error().code.toStdString());
        // Say why, and offer a way on: another file, a new database, a backup, or quit.
        gradus::DatabaseRecoveryDialog recovery(
            location ? *location : gradus::DatabaseLocation::sqliteFile(QString()), db.error());
        if (recovery.exec() != QDialog::Accepted)
            return 1;
        db = recovery.takeDatabase();
    }

    gradus::SystemClock clock;
    gradus::Workspace workspace(std::move(*db), clock);
    // The built-in exercise library goes in on first start and is merged after an upgrade.
    if (auto library = gradus::ExerciseLibrary::ensureLoaded(workspace); !library)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Gradus"),
                             library.error().message);
    // At most one automatic copy a day, in backups/ beside a SQLite store (README).
    if (auto backup = gradus::BackupService::dailyBackup(workspace); !backup)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Gradus"),
                             backup.error().message);
    // The host rebuilds the window when the user picks another language.
    // Other desks' and scripts' changes refresh this desk's views as they are committed.
    gradus::ChangeWatcher watcher(workspace);
    watcher.start();
    gradus::MainWindowHost host(workspace);
    host.show();
    // On first start with an empty store, offer (never impose) the fictional demo clinic.
    QTimer::singleShot(0, host.window(), [&host, &workspace] {
        gradus::offerDemoClinicIfEmpty(host.window(), workspace);
    });
    return app.exec();
}
