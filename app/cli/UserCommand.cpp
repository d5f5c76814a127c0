#include "Commands.h"

#include "CliArguments.h"
#include "storage/ServerAccounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
};

// The first line of standard input. On a terminal the typed characters are not echoed.
Result<QString> readPassword(CliContext& ctx)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        ctx.err() << Tr::tr("Password: ") << Qt::flush;
    }
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err() << Qt::endl;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error{QStringLiteral("user.password"),
                     Tr::tr("No password on standard input (give it as one line, e.g. "
                            "from a password manager or a file)."),
                     ErrorKind::Invalid};
    return QString::fromUtf8(line);
}

// Accounts live on a server only; on a SQLite file say so before opening anything.
std::optional<int> refuseSqlite(CliContext& ctx)
{
    auto location = ctx.location();
    if (!location)
        return ctx.fail(location.error(), ExitUsage);
    if (location->backend == SqlBackend::Sqlite)
        return ctx.fail(Error{QStringLiteral("user.sqlite"),
                              ServerAccounts::tr("Accounts exist only on a database server "
                                                 "(PostgreSQL). This clinic's database is a file "
                                                 "on this computer, where the clinician's name "
                                                 "is taken from the computer's user."),
                              ErrorKind::Invalid},
                        ExitUsage);
    return std::nullopt;
}

int add(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("clinician or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption stdinPassword(QStringLiteral("password-stdin"),
                                           Tr::tr("Read the password from standard input."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("user add"),
         .description = Tr::tr(
             "Add a clinician's account on the database server: a PostgreSQL login in the group "
             "gradus_clinician or gradus_admin. Needs an administrator (or the database's owner). "
             "The password is read from standard input."),
         .positionals = {{QStringLiteral("NAME"), Tr::tr("The account's name.")}},
         .options = {role, stdinPassword},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (!a.isSet(role))
        return ctx.usage(Tr::tr("user add needs --role clinician or --role admin."));
    const auto chosen = ServerAccounts::roleFromCode(a.value(role));
    if (!chosen)
        return ctx.usage(
            Tr::tr("--role must be clinician or admin (not '%1').").arg(a.value(role)));
    if (!a.isSet(stdinPassword))
        return ctx.usage(Tr::tr("user add needs --password-stdin: a password is never taken from "
                                "the command line."));
    const QString name = a.text(0);
    if (auto st = ServerAccounts::checkName(name); !st)
        return ctx.fail(st.error(), ExitUsage);
    if (auto refused = refuseSqlite(ctx))
        return *refused;
    auto secret = readPassword(ctx);
    if (!secret)
        return ctx.fail(secret.error(), ExitUsage);
    ServerAccounts accounts(a.workspace().db());
    if (auto st = accounts.add(name, *chosen, *secret); !st)
        return ctx.fail(st.error());
    ctx.out() << Tr::tr("Account %1 added (%2).").arg(name, ServerAccounts::roleCode(*chosen))
              << Qt::endl;
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    // The store is opened after refuseSqlite(): a SQLite file is never created for this.
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("user list"),
                     .description = Tr::tr("List the Gradus accounts on the database server with "
                                           "their role and whether they may sign in.\nJSON: an "
                                           "array of objects with name, role and enabled."),
                     .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (auto refused = refuseSqlite(ctx))
        return *refused;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ServerAccounts accounts((*ws)->db());
    auto all = accounts.list();
    if (!all)
        return ctx.fail(all.error());
    if (a.json()) {
        QJsonArray array;
        for (const auto& account : *all)
            array.append(
                QJsonObject{{QStringLiteral("name"), account.name},
                            {QStringLiteral("role"), ServerAccounts::roleCode(account.role)},
                            {QStringLiteral("enabled"), account.enabled}});
        ctx.printJson(array);
        return ExitOk;
    }
    if (all->isEmpty()) {
        ctx.out() << Tr::tr("No accounts yet. Add one with 'gradus-cli user add NAME --role "
                            "clinician --password-stdin'.")
                  << Qt::endl;
        return ExitOk;
    }
    qsizetype width = Tr::tr("Name").size();
    for (const auto& account : *all)
        width = std::max(width, account.name.size());
    ctx.out() << Tr::tr("Name").leftJustified(width + 2) << Tr::tr("Role").leftJustified(11)
              << Tr::tr("Enabled") << "\n";
    for (const auto& account : *all)
        ctx.out() << account.name.leftJustified(width + 2)
                  << ServerAccounts::roleCode(account.role).leftJustified(11)
                  << (account.enabled ? Tr::tr("yes") : Tr::tr("no")) << "\n";
    ctx.out().flush();
    return ExitOk;
}

int setEnabled(CliContext& ctx, const QStringList& args, bool enabled)
{
    const QString command =
        enabled ? QStringLiteral("user enable") : QStringLiteral("user disable");
    const CliArgs a(
        ctx, args,
        {.usageName = command,
         .description =
             enabled ? Tr::tr("Let a disabled account sign in again. Needs an administrator.")
                     : Tr::tr("Stop an account from signing in (its entries stay, under its name). "
                              "Its open sessions end where the server allows. Needs an "
                              "administrator."),
         .positionals = {{QStringLiteral("NAME"), Tr::tr("The account's name.")}}});
    if (auto stop = a.stop())
        return *stop;
    if (auto refused = refuseSqlite(ctx))
        return *refused;
    const QString name = a.text(0);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ServerAccounts accounts((*ws)->db());
    if (auto st = accounts.setEnabled(name, enabled); !st)
        return ctx.fail(st.error());
    ctx.out() << (enabled ? Tr::tr("Account %1 may sign in again.").arg(name)
                          : Tr::tr("Account %1 is disabled.").arg(name))
              << Qt::endl;
    return ExitOk;
}

int password(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption stdinPassword(QStringLiteral("password-stdin"),
                                           Tr::tr("Read the password from standard input."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("user password"),
         .description = Tr::tr(
             "Set an account's password, read from standard input. Administrators set anybody's; "
             "a clinician only their own."),
         .positionals = {{QStringLiteral("NAME"), Tr::tr("The account's name.")}},
         .options = {stdinPassword},
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    if (!a.isSet(stdinPassword))
        return ctx.usage(Tr::tr("user password needs --password-stdin: a password is never taken "
                                "from the command line."));
    if (auto refused = refuseSqlite(ctx))
        return *refused;
    auto secret = readPassword(ctx);
    if (!secret)
        return ctx.fail(secret.error(), ExitUsage);
    const QString name = a.text(0);
    ServerAccounts accounts(a.workspace().db());
    if (auto st = accounts.setPassword(name, *secret); !st)
        return ctx.fail(st.error());
    ctx.out() << Tr::tr("The password of %1 was changed.").arg(name) << Qt::endl;
    return ExitOk;
}

} // namespace

// `gradus-cli user add|list|enable|disable|password`: the clinic's accounts on a PostgreSQL
// server (storage/ServerAccounts.h), run by an administrator (or the database's owner).
// Passwords are read from standard input only, never from the command line, and never
// printed or logged.
CliCommand userCommand()
{
    return CliCommand(
        QStringLiteral("user"), Tr::tr("Accounts of the clinic's clinicians on a database server"),
        {
            {QStringLiteral("add"), Tr::tr("Add an account (clinician or admin)"), add},
            {QStringLiteral("list"), Tr::tr("List the accounts, their roles and whether enabled"),
             list},
            {QStringLiteral("disable"), Tr::tr("Stop an account from signing in"),
             [](CliContext& c, const QStringList& a) { return setEnabled(c, a, false); }},
            {QStringLiteral("enable"), Tr::tr("Let a disabled account sign in again"),
             [](CliContext& c, const QStringList& a) { return setEnabled(c, a, true); }},
            {QStringLiteral("password"), Tr::tr("Set an account's password"), password},
        });
}

} // namespace gradus::cli
