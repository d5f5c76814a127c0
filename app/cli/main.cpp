// gradus-cli: Gradus for scripts and clinic IT. Links gradus_core only.
#include "Commands.h"
#include "i18n/Languages.h"
#include "i18n/Translations.h"
#include "log/Logging.h"
#include "util/AppPaths.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

using namespace gradus;
using namespace gradus::cli;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gradus_cli)
};

int printHelp(QTextStream& stream, const QList<CliCommand>& commands, int code)
{
    stream << Tr::tr("Usage: gradus-cli [--database PATH] [--language CODE] <command> [options]")
           << "\n\n"
           << Tr::tr("Gradus from the command line: graded exercise programmes for "
                     "physiotherapists.")
           << "\n\n"
           << Tr::tr("Options:") << "\n"
           << "  --database PATH  "
           << Tr::tr("SQLite file or postgresql://user@host:port/name (default: $GRADUS_DATABASE, "
                     "then the application data folder)")
           << "\n"
           << "  --language CODE  "
           << Tr::tr("Before the command: the language of messages, and of handouts and other "
                     "documents for patients instead of their preferred language (%1; default: "
                     "the system's)")
                  .arg(Languages::codes().join(QStringLiteral(", ")))
           << "\n"
           << "  -h, --help       " << Tr::tr("Show this help.") << "\n"
           << "  -v, --version    " << Tr::tr("Show the version.") << "\n\n"
           << Tr::tr("Commands:") << "\n";
    for (const auto& command : commands)
        stream << "  " << command.name().leftJustified(14) << command.summary() << "\n";
    stream << "\n"
           << Tr::tr("Run 'gradus-cli <command> --help' for a command's options.") << "\n"
           << Tr::tr("Exit status: 0 success, 1 failure, 2 invalid arguments or input (or no such "
                     "record), 3 the database cannot be written (read-only, permission, disk "
                     "full), 4 the database is busy, 5 the database cannot be used (damaged, "
                     "newer, not a Gradus database, none there), 6 the server cannot be used "
                     "(unreachable, authentication, TLS).")
           << Qt::endl;
    return code;
}

// Painting a handout (text layout, fonts, pictures) needs a QGuiApplication. It runs on the
// offscreen platform, so no display is needed; other commands stay console-only.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "handout") == 0)
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Scripts and cron jobs often run without a login session. Qt then falls back to a private
    // folder of its own but warns on stderr, which scripts read as a failure; naming the same
    // fallback (Qt creates it, owner-only) keeps stderr for real problems.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR",
                QStringLiteral("/tmp/runtime-gradus-%1").arg(::getuid()).toLocal8Bit());
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    // --database may stand anywhere on the line, so it is taken out before the command
    // sees its arguments.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString database = qEnvironmentVariable("GRADUS_DATABASE");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database")) {
            if (i + 1 >= args.size()) {
                QTextStream(stderr) << Tr::tr("gradus-cli: --database needs a PATH.") << Qt::endl;
                return ExitUsage;
            }
            database = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--database="))) {
            database = args[i].mid(11);
            args.remove(i);
            --i;
        }
    }

    // Messages follow the system's language unless --language stands before the command
    // (after it, --language belongs to the command: `handout --language`, `patient add`).
    Translations::apply(Languages::systemLanguage());
    QString language;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--language"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--language")) {
            if (args.isEmpty()) {
                QTextStream(stderr) << Tr::tr("gradus-cli: --language needs a CODE.") << Qt::endl;
                return ExitUsage;
            }
            language = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--language="))) {
            language = option.mid(11);
        } else {
            args.prepend(option);
            break;
        }
        const QString code = Languages::fromUserText(language);
        if (code.isEmpty()) {
            QTextStream(stderr) << Tr::tr("gradus-cli: --language must be one of %1, not '%2'.")
                                       .arg(Languages::codes().join(QStringLiteral(", ")), language)
                                << Qt::endl;
            return ExitUsage;
        }
        language = code;
    }
    if (!language.isEmpty())
        Translations::apply(language);

    logging::initialize(AppPaths::logDirectory(), false);
    SystemClock clock;
    CliContext ctx(database, clock);
    ctx.setLanguageOverride(language);
    ctx.setMayCreateStore(CliContext::startsStore(args));
    const auto commands = allCommands();

    const QString first = args.value(0);
    if (first.isEmpty())
        return printHelp(ctx.err(), commands, ExitUsage);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help"))
        return printHelp(ctx.out(), commands, ExitOk);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        ctx.out() << "gradus-cli " << kVersion << Qt::endl;
        return ExitOk;
    }
    for (const auto& command : commands) {
        if (command.name() == first) {
            const int code = command.run(ctx, args.mid(1));
            logging::get("cli")->info("command '{}' finished with exit code {}",
                                      first.toStdString(), code);
            return code;
        }
    }
    ctx.err() << Tr::tr("gradus-cli: unknown command '%1'.").arg(first) << "\n\n";
    return printHelp(ctx.err(), commands, ExitUsage);
}
