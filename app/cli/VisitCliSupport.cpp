#include "VisitCliSupport.h"

#include "CliArguments.h"
#include "JsonValues.h"
#include "model/VisitValidator.h"
#include "settings/DeskSettings.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace gradus::cli {
namespace {

void addRecord(QJsonObject& o, const VisitRecord& r)
{
    o.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
    o.insert(QStringLiteral("time"),
             r.time ? QJsonValue(r.time->toString(QStringLiteral("HH:mm"))) : QJsonValue());
    o.insert(QStringLiteral("clinician"), r.clinician);
    o.insert(QStringLiteral("pain"), r.painNow);
    o.insert(QStringLiteral("pain_best"), json::orNull(r.painBest));
    o.insert(QStringLiteral("pain_worst"), json::orNull(r.painWorst));
    o.insert(QStringLiteral("pain_exercise"), json::orNull(r.painExercise));
    o.insert(QStringLiteral("pain_next_morning"), json::orNull(r.painNextMorning));
    o.insert(QStringLiteral("activity"), json::orNull(r.activityLabel));
    o.insert(QStringLiteral("activity_minutes"), json::orNull(r.activityMinutes));
    o.insert(QStringLiteral("steps"), json::orNull(r.steps));
    o.insert(QStringLiteral("sessions_done"), json::orNull(r.sessionsDone));
    o.insert(QStringLiteral("sessions_planned"), json::orNull(r.sessionsPlanned));
    o.insert(QStringLiteral("leg_symptoms"),
             json::orNull(VisitValidator::legSymptomsCode(r.legSymptoms)));
    o.insert(QStringLiteral("new_neuro_signs"), r.newNeuroSigns);
    o.insert(QStringLiteral("notes"), json::orNull(r.notes));
}

} // namespace

Result<qint64> VisitCliSupport::parseId(const QString& text, const QString& what)
{
    if (const auto id = recordId(text))
        return *id;
    return Error{QStringLiteral("usage"),
                 tr("%1 must be a record id (a positive whole number), not '%2'.").arg(what, text)};
}

Result<int> VisitCliSupport::parseInt(const QString& text, const QString& what, int min, int max)
{
    static const QRegularExpression wholeNumber(QStringLiteral("^\\s*-?\\d+\\s*$"));
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!wholeNumber.match(text).hasMatch() || !ok || value < min || value > max)
        return Error{QStringLiteral("usage"),
                     tr("%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(what)
                         .arg(min)
                         .arg(max)
                         .arg(text)};
    return value;
}

Result<QDate> VisitCliSupport::parseDate(const QString& text, const QString& what)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error{QStringLiteral("usage"),
                     tr("%1 must be a date written YYYY-MM-DD, not '%2'.").arg(what, text)};
    return date;
}

int VisitCliSupport::fail(CliContext& ctx, const Error& error)
{
    const bool invalidInput = error.code == QLatin1String("usage") ||
                              error.code.endsWith(QLatin1String(".invalid")) ||
                              error.code.endsWith(QLatin1String(".unchanged")) ||
                              error.code == QLatin1String("score.invalid");
    return ctx.fail(error, invalidInput ? ExitUsage : ExitFailure);
}

QString VisitCliSupport::clinician(const QCommandLineParser& parser,
                                   const QCommandLineOption& option)
{
    const QString given = parser.value(option).trimmed();
    // This desk's clinician (gradus-cli clinic set --clinician), else the account's name.
    return given.isEmpty() ? DeskSettings().clinicianName() : given;
}

QString VisitCliSupport::revisionMarker(const RevisionStamp& record)
{
    if (record.enteredInError)
        return tr("  [entered in error]");
    return record.amended() ? tr("  [amended, revision %1]").arg(record.revision) : QString();
}

QJsonObject VisitCliSupport::json(const Visit& v)
{
    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("patient_id"), v.patientId},
                  {QStringLiteral("episode_id"), json::orNull(v.episodeId)},
                  {QStringLiteral("revision"), v.revision},
                  {QStringLiteral("amended"), v.amended()},
                  {QStringLiteral("entered_in_error"), v.enteredInError},
                  {QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODate)},
                  {QStringLiteral("created_by"), v.createdBy}};
    addRecord(o, v.record);
    if (v.amended()) {
        o.insert(QStringLiteral("amended_at"), v.recordedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("amended_by"), v.recordedBy);
        o.insert(QStringLiteral("amendment_reason"), v.reason);
    }
    return o;
}

QJsonObject VisitCliSupport::json(const VisitRevision& r)
{
    QJsonObject o{{QStringLiteral("revision"), r.revision},
                  {QStringLiteral("entered_in_error"), r.enteredInError},
                  {QStringLiteral("recorded_at"), r.recordedAt.toString(Qt::ISODate)},
                  {QStringLiteral("recorded_by"), r.recordedBy},
                  {QStringLiteral("reason"), json::orNull(r.reason)}};
    addRecord(o, r.record);
    return o;
}

QJsonObject VisitCliSupport::scoreJson(const MeasureScore& s)
{
    QJsonObject o{{QStringLiteral("instrument"), Instruments::code(s.instrument)}};
    switch (s.instrument) {
    case Instrument::Odi:
        o.insert(QStringLiteral("score"), s.score);
        o.insert(QStringLiteral("band"), s.band);
        o.insert(QStringLiteral("sections_answered"), s.answered);
        break;
    case Instrument::Rmdq:
        o.insert(QStringLiteral("score"), s.total);
        break;
    case Instrument::StartBack:
        o.insert(QStringLiteral("total"), s.total);
        o.insert(QStringLiteral("subscale"), s.subscale.value_or(0));
        o.insert(QStringLiteral("risk"), s.band);
        break;
    case Instrument::Psfs:
        // Two decimals: enough to tell 3.67 from 3.7 when a script compares changes.
        o.insert(QStringLiteral("score"), std::round(s.score * 100.0) / 100.0);
        o.insert(QStringLiteral("activities"), s.answered);
        break;
    case Instrument::Tsk:
        o.insert(QStringLiteral("score"), s.total);
        o.insert(QStringLiteral("high_fear"), s.band == QLatin1String("high"));
        break;
    }
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings));
    return o;
}

QJsonObject VisitCliSupport::json(const Measure& m)
{
    QJsonObject o = scoreJson(m.score);
    // Every measure in a list carries `score`, so a script can chart any of them the same way.
    if (!o.contains(QStringLiteral("score")))
        o.insert(QStringLiteral("score"), m.score.score);
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("patient_id"), m.patientId);
    o.insert(QStringLiteral("episode_id"), json::orNull(m.episodeId));
    o.insert(QStringLiteral("visit_id"), json::orNull(m.visitId));
    o.insert(QStringLiteral("date"), m.takenOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("answers"), OutcomeScoring::formatAnswers(m.answers));
    o.insert(QStringLiteral("revision"), m.revision);
    o.insert(QStringLiteral("amended"), m.amended());
    o.insert(QStringLiteral("entered_in_error"), m.enteredInError);
    o.insert(QStringLiteral("recorded_by"), m.createdBy);
    return o;
}

QJsonObject VisitCliSupport::json(const MeasureRevision& r)
{
    QJsonObject o = scoreJson(r.score);
    o.insert(QStringLiteral("revision"), r.revision);
    o.insert(QStringLiteral("date"), r.takenOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("answers"), OutcomeScoring::formatAnswers(r.answers));
    o.insert(QStringLiteral("entered_in_error"), r.enteredInError);
    o.insert(QStringLiteral("recorded_at"), r.recordedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("recorded_by"), r.recordedBy);
    o.insert(QStringLiteral("reason"), r.reason);
    return o;
}

int VisitCliSupport::printAmended(CliContext& ctx, bool asJson, qint64 id,
                                  const Result<int>& revision)
{
    if (!revision)
        return fail(ctx, revision.error());
    if (asJson)
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revision"), *revision}});
    else
        ctx.out() << *revision << Qt::endl;
    return ExitOk;
}

} // namespace gradus::cli
