#pragma once

#include "CliArguments.h"
#include "CliContext.h"
#include "model/Measure.h"
#include "model/Visit.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {

// Argument parsing and JSON shapes shared by the visit, measure and export commands.
class VisitCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(VisitCliSupport)

public:
    // A record id given on the command line: a positive whole number.
    static Result<qint64> parseId(const QString& text, const QString& what);
    // A whole number in [min, max]; `what` names the option in the message.
    static Result<int> parseInt(const QString& text, const QString& what, int min, int max);
    static Result<QDate> parseDate(const QString& text, const QString& what);

    // Invalid input (validation) exits 2, anything else (missing records, storage) exits 1.
    static int fail(CliContext& ctx, const Error& error);

    // The clinician (or amender) name: --clinician when given, else the OS user's name.
    static QString clinician(const QCommandLineParser& parser, const QCommandLineOption& option);

    // How `visit list` and `measure list` mark a record that is not as first saved:
    // "  [entered in error]", "  [amended, revision N]", or nothing.
    static QString revisionMarker(const RevisionStamp& record);

    // What `visit amend` and `measure amend` print: the new revision number, or as JSON the
    // record id with it. Then exit 0, or as fail() for a refused amendment.
    static int printAmended(CliContext& ctx, bool asJson, qint64 id, const Result<int>& revision);

    // The JSON of a record and of one of its revisions, as `list` and `show` print them.
    static QJsonObject json(const Visit& visit);
    static QJsonObject json(const VisitRevision& revision);
    static QJsonObject json(const Measure& measure);
    static QJsonObject json(const MeasureRevision& revision);
    static QJsonObject scoreJson(const MeasureScore& score);

    // `visit show` and `measure show`: the record whose id is the first argument, with every
    // revision; as JSON, the record with a "history" array, else `print` writes each revision.
    template <typename Repository, typename PrintRevision>
    static int showWithHistory(CliContext& ctx, const CliArgs& args, PrintRevision print)
    {
        const qint64 id = args.id(0);
        Repository repo(args.workspace());
        auto record = repo.find(id);
        if (!record)
            return ctx.fail(record.error());
        auto history = repo.history(id);
        if (!history)
            return ctx.fail(history.error());
        if (args.json()) {
            QJsonObject o = json(*record);
            QJsonArray revisions;
            for (const auto& revision : *history)
                revisions.append(json(revision));
            o.insert(QStringLiteral("history"), revisions);
            ctx.printJson(o);
            return ExitOk;
        }
        QTextStream& out = ctx.out();
        for (const auto& revision : *history)
            print(out, revision);
        out.flush();
        return ExitOk;
    }
};

} // namespace gradus::cli
