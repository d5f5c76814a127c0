#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace gradus::cli {

// One positional argument of a subcommand.
struct CliPositional
{
    QString name;        // as the usage line shows it: PATIENT_ID
    QString description; // for --help
    QString idOf;        // not empty: a record id of this kind ("patient"), checked before the body
    bool optional = false;
    bool many = false; // the last one only: any number of them ("[ID...]")
};

// What a subcommand takes, as data (after KeePassXC's Command and DatabaseCommand): its name in
// usage lines, its help text, positional arguments and options, whether it prints JSON, and
// whether it works on the store. runSubcommand() does the rest the same way for every one.
struct CliSpec
{
    QString usageName; // "episode list"
    QString description;
    QList<CliPositional> positionals;
    QList<QCommandLineOption> options;
    bool json = false; // adds --json
    // Opens the store (once) before the body runs. A command that may create the database
    // (demo, exercise import, ...) opens it itself once its own checks have passed, so that a
    // mistyped option leaves no empty database behind.
    bool store = false;
};

// A record id on the command line: a positive whole number (spaces around it allowed). The one
// parser of ids, for positional arguments and options alike.
std::optional<qint64> recordId(const QString& text);
// The same with the usage message: "'x' is not a patient id (a positive whole number)." `kind`
// names the record ("patient").
Result<qint64> parseRecordId(const QString& text, const QString& kind);
// A problem with the command line that a sub-command's helper found: `ctx.usage()` prints its
// message and the command exits 2.
inline Error usageError(const QString& message)
{
    return Error{QStringLiteral("usage"), message, ErrorKind::Invalid};
}

// A subcommand's command line, parsed and checked against its CliSpec:
//     const CliArgs a(ctx, args, spec);
//     if (auto stop = a.stop())
//         return *stop;
// --help prints the help (exit 0); an unknown option, a wrong number of positional arguments
// or a bad id is a usage error (exit 2) naming it, before the store is touched; a store that
// cannot be opened stops with its kind's exit code.
class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)

public:
    CliArgs(CliContext& ctx, const QStringList& args, const CliSpec& spec);

    // The exit code when the subcommand is done before its body runs.
    std::optional<int> stop() const { return m_stop; }

    // Positional `index`: its text, whether it was given (optional ones), its id (idOf ones).
    QString text(int index) const;
    QStringList positionals() const { return m_parser.positionalArguments(); }
    bool has(int index) const;
    qint64 id(int index) const;
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    bool json() const;
    // For helpers that read options shared by several subcommands (PatientArgs::parseIfVersion,
    // VisitCliSupport::clinician, the patient and visit field options).
    const QCommandLineParser& parser() const { return m_parser; }
    // The store, for a spec with `store`.
    Workspace& workspace() const;

private:
    std::optional<int> check(CliContext& ctx, const QStringList& args, const CliSpec& spec);

    QCommandLineParser m_parser;
    QList<qint64> m_ids;
    Workspace* m_workspace = nullptr;
    bool m_json = false;
    std::optional<int> m_stop;
};

} // namespace gradus::cli
