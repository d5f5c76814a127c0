#include "outcomes/OutcomesCsv.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"
#include "util/PrivateFile.h"

#include <QFile>
#include <QTextStream>

namespace gradus {
namespace {

QString id(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

QString number(double value)
{
    // The C locale always: a CSV for scripts must not change with the desk's language.
    return QString::number(value, 'g', 10);
}

} // namespace

QString OutcomesCsv::header()
{
    return QStringLiteral("patient_id,episode_id,visit_id,measure_id,date,measure,value,band,"
                          "subscale,answers,revision");
}

Result<int> OutcomesCsv::write(Workspace& workspace, const QString& path, bool overwrite)
{
    if (!overwrite && QFile::exists(path))
        return Error{QStringLiteral("export.exists"),
                     tr("%1 already exists; choose another name or allow replacing it.").arg(path)};
    auto patients = workspace.db().exec(QStringLiteral("SELECT id FROM patient ORDER BY id"));
    if (!patients)
        return patients.error();
    QList<qint64> patientIds;
    while (patients->next())
        patientIds << patients->value(0).toLongLong();

    QStringList lines{header()};
    VisitRepository visitRepo(workspace);
    MeasureRepository measureRepo(workspace);
    for (qint64 patientId : patientIds) {
        auto visits = visitRepo.listForPatient(patientId);
        if (!visits)
            return visits.error();
        for (const Visit& v : *visits) {
            const QString prefix = QStringLiteral("%1,%2,%3,,%4,")
                                       .arg(patientId)
                                       .arg(id(v.episodeId))
                                       .arg(v.id)
                                       .arg(v.record.date.toString(Qt::ISODate));
            const auto add = [&](const char* measure, std::optional<int> value) {
                if (value)
                    lines << prefix + QLatin1String(measure) + u',' + QString::number(*value) +
                                 QStringLiteral(",,,,") + QString::number(v.revision);
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
        auto measures = measureRepo.listForPatient(patientId);
        if (!measures)
            return measures.error();
        for (const Measure& m : *measures) {
            // Answers contain commas, so they are quoted; nothing else can.
            lines << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,\"%10\",%11")
                         .arg(patientId)
                         .arg(id(m.episodeId), id(m.visitId))
                         .arg(m.id)
                         .arg(m.takenOn.toString(Qt::ISODate), Instruments::code(m.instrument),
                              number(m.score.score), m.score.band,
                              m.score.subscale ? QString::number(*m.score.subscale) : QString(),
                              OutcomeScoring::formatAnswers(m.answers))
                         .arg(m.revision);
        }
    }

    if (auto st = PrivateFile::write(path, (lines.join(u'\n') + u'\n').toUtf8()); !st)
        return st.error();
    logging::get("export")->info("outcomes exported: {} rows for {} patients", lines.size() - 1,
                                 patientIds.size());
    return int(lines.size() - 1);
}

} // namespace gradus
