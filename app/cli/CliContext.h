#pragma once

#include "Workspace.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace gradus::cli {

// Exit codes shared by every command; scripts rely on them.
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

    // Opens (creating and migrating when needed) the store on first call.
    Result<Workspace*> workspace();
    // True when a store was named (--database, $GRADUS_DATABASE) or the default one exists.
    // Calculators use it to read clinic settings without ever creating a store.
    bool storeAvailable() const;
    // The SQLite file the store is (or would be) opened from, without opening it; empty for
    // a server. `db restore` uses it to never write over the store in use.
    QString databaseFilePath() const;

    // Prints "gradus-cli: message" on stderr and returns the exit code.
    int fail(const Error& error, int code = ExitFailure);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);

private:
    QString m_databaseArgument;
    QString m_languageOverride;
    Clock& m_clock;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace gradus::cli
