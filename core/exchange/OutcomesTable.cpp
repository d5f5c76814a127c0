#include "exchange/OutcomesTable.h"

#include "exchange/Csv.h"
#include "outcomes/OutcomeScoring.h"

namespace gradus {
namespace {

QString id(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList OutcomesTable::header()
{
    return {QStringLiteral("patient_id"), QStringLiteral("episode_id"), QStringLiteral("visit_id"),
            QStringLiteral("measure_id"), QStringLiteral("date"),       QStringLiteral("measure"),
            QStringLiteral("value"),      QStringLiteral("band"),       QStringLiteral("subscale"),
            QStringLiteral("answers"),    QStringLiteral("activities"), QStringLiteral("revision")};
}

QString OutcomesTable::number(double value)
{
    return QString::number(value, 'g', 10);
}

QList<OutcomeRow> OutcomesTable::rows(const OutcomePatient& patient)
{
    QList<OutcomeRow> rows;
    for (const Visit& v : patient.visits) {
        if (v.enteredInError)
            continue;
        const auto add = [&](const char* measure, std::optional<int> value) {
            if (!value)
                return;
            OutcomeRow row;
            row.patientId = patient.patientId;
            row.episodeId = v.episodeId;
            row.visitId = v.id;
            row.date = v.record.date;
            row.measure = QLatin1String(measure);
            row.value = QString::number(*value);
            row.revision = v.revision;
            rows.append(row);
        };
        add("nprs_now", v.record.painNow);
        add("nprs_best_24h", v.record.painBest);
        add("nprs_worst_24h", v.record.painWorst);
        add("nprs_exercise", v.record.painExercise);
        add("nprs_next_morning", v.record.painNextMorning);
        add("activity_minutes", v.record.activityMinutes);
        add("steps", v.record.steps);
        add("sessions_done", v.record.sessionsDone);
        add("sessions_planned", v.record.sessionsPlanned);
    }
    for (const Measure& m : patient.measures) {
        if (m.enteredInError)
            continue;
        OutcomeRow row;
        row.patientId = patient.patientId;
        row.episodeId = m.episodeId;
        row.visitId = m.visitId;
        row.measureId = m.id;
        row.date = m.takenOn;
        row.measure = Instruments::code(m.instrument);
        row.value = number(m.score.score);
        row.band = m.score.band;
        row.subscale = m.score.subscale ? QString::number(*m.score.subscale) : QString();
        row.answers = OutcomeScoring::formatAnswers(m.answers);
        if (m.instrument == Instrument::Psfs)
            row.activities = patient.psfsActivities.value(m.episodeId.value_or(0));
        row.revision = m.revision;
        rows.append(row);
    }
    return rows;
}

QStringList OutcomesTable::fields(const OutcomeRow& row)
{
    // Activity names are joined with "; " (names never contain a semicolon followed by a
    // space in practice, and the column is quoted, so commas inside a name are safe).
    return {QString::number(row.patientId),
            id(row.episodeId),
            id(row.visitId),
            id(row.measureId),
            row.date.toString(Qt::ISODate),
            row.measure,
            row.value,
            row.band,
            row.subscale,
            row.answers,
            row.activities.join(QStringLiteral("; ")),
            QString::number(row.revision)};
}

QByteArray OutcomesTable::csv(const QList<OutcomePatient>& patients)
{
    QList<QStringList> table;
    for (const OutcomePatient& p : patients)
        for (const OutcomeRow& row : rows(p))
            table.append(fields(row));
    return Csv::table(header(), table);
}

} // namespace gradus
