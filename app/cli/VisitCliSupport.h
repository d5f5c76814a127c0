#pragma once

#include "CliContext.h"
#include "model/Measure.h"
#include "model/Visit.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

    static QJsonObject visitJson(const Visit& visit);
    static QJsonObject revisionJson(const VisitRevision& revision);
    static QJsonObject measureJson(const Measure& measure);
    static QJsonObject scoreJson(const MeasureScore& score);
};

} // namespace gradus::cli
