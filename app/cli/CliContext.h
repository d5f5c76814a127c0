#pragma once

#include "TerminalText.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace gradus::cli {

// Exit codes shared by every command; scripts rely on them. Failures of the store have their
// own codes, 3 to 6, from util/ErrorKind.h (exitCodeForKind): README "Exit status".
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the request was valid but could not be carried out
    ExitUsage = 2,   // bad arguments or invalid input; nothing was changed
};

// What a command needs from its surroundings: output streams, the store (opened only when
// a command asks for it, so calculators work without one) and the clock.
class CliContext
{
public:
    CliContext(QString databaseArgument, Clock& clock);
    ~CliContext();

    // The language given with the global --language (a code of Languages), empty when none:
    // the CLI speaks it, and handouts and other documents for a patient use it instead of
    // the patient's preferred language.
    QString languageOverride() const { return m_languageOverride; }
    void setLanguageOverride(const QString& code) { m_languageOverride = code; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    Clock& clock() { return m_clock; }

    // Opens (and migrates when needed) the store on first call. Only commands that may start
    // a new database (setMayCreateStore) create one where none exists; the others create
    // nothing, not even a folder, and fail with ErrorKind::NoDatabase.
    Result<Workspace*> workspace();
    void setMayCreateStore(bool mayCreate) { m_mayCreateStore = mayCreate; }
    // Whether the command line (after --database) names a command that may start a new
    // database: patient add, clinic set, demo, exercise import.
    static bool startsStore(const QStringList& args);
    // The store named by --database, $GRADUS_DATABASE or the default path.
    Result<DatabaseLocation> location() const;
    // True when a store was named (--database, $GRADUS_DATABASE) or the default one exists.
    // Calculators use it to read clinic settings without ever creating a store.
    bool storeAvailable() const;
    // The SQLite file the store is (or would be) opened from, without opening it; empty for
    // a server. `db restore` uses it to never write over the store in use.
    QString databaseFilePath() const;

    // Prints "gradus-cli: message" on stderr and returns the exit code: the one of the
    // error's kind (exitCodeForKind), or `code` when given. A failure of the store itself
    // (read-only, disk full, busy, damaged, server unreachable, ...) always keeps its kind's
    // code, so scripts can tell those apart whatever the command.
    int fail(const Error& error, std::optional<int> code = std::nullopt);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);

private:
    QString m_databaseArgument;
    QString m_languageOverride;
    Clock& m_clock;
    TerminalText m_outDevice;
    TerminalText m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_mayCreateStore = false;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace gradus::cli
