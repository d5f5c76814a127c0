#include "services/ExportService.h"

#include "Workspace.h"
#include "exchange/DeidentifiedOutcomes.h"
#include "exchange/OutcomesTable.h"
#include "i18n/DataTexts.h"
#include "log/Logging.h"
#include "settings/ClinicSettings.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PacingPlanRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"
#include "storage/VisitRepository.h"
#include "util/Version.h"

#include <QSet>

namespace gradus {
namespace {

const auto logger = &logging::module<"export">;

// PSFS activity names of the episodes the patient's PSFS measures belong to.
Result<QHash<qint64, QStringList>> psfsNames(Workspace& ws, qint64 patientId,
                                             const QList<Measure>& measures)
{
    QHash<qint64, QStringList> names;
    MeasureRepository repository(ws);
    for (const Measure& m : measures) {
        const qint64 key = m.episodeId.value_or(0);
        if (m.instrument != Instrument::Psfs || names.contains(key))
            continue;
        auto activities = repository.psfsActivities(patientId, m.episodeId);
        if (!activities)
            return activities.error();
        QStringList list;
        for (const PsfsActivity& a : *activities)
            list << a.name;
        names.insert(key, list);
    }
    return names;
}

} // namespace

ExportService::ExportService(Workspace& workspace) : m_workspace(workspace) {}

HandoutLanguage ExportService::documentLanguage(const QString& asked, const Patient& patient) const
{
    const ClinicSettings& settings = m_workspace.settings();
    const QString clinic = settings.isStored(ClinicSettings::Key::HandoutLanguage)
                               ? settings.stringValue(ClinicSettings::Key::HandoutLanguage)
                               : QString();
    return HandoutLanguage::load(HandoutLanguage::choose(asked, patient.language, clinic));
}

Result<FhirExportInput> ExportService::fhirInput(qint64 patientId, const QString& author,
                                                 const QString& language)
{
    FhirExportInput in;
    auto patient = PatientRepository(m_workspace).get(patientId);
    if (!patient)
        return patient.error();
    in.patient = *patient;
    in.language = documentLanguage(language, *patient);
    auto episodes = EpisodeRepository(m_workspace).forPatient(patientId);
    if (!episodes)
        return episodes.error();
    in.episodes = *episodes;
    ConditionRepository conditions(m_workspace);
    for (const Episode& e : std::as_const(in.episodes)) {
        auto list = conditions.forEpisode(e.id);
        if (!list)
            return list.error();
        in.conditions += *list;
    }
    auto visits = VisitRepository(m_workspace).listForPatient(patientId);
    if (!visits)
        return visits.error();
    in.visits = *visits;
    auto measures = MeasureRepository(m_workspace).listForPatient(patientId);
    if (!measures)
        return measures.error();
    in.measures = *measures;
    auto names = psfsNames(m_workspace, patientId, in.measures);
    if (!names)
        return names.error();
    in.psfsActivities = *names;

    ProgrammeRepository programmes(m_workspace);
    auto lineages = programmes.forPatient(patientId);
    if (!lineages)
        return lineages.error();
    // forPatient lists the newest version of each lineage; the patient's copy is the active
    // one, which may be older than a draft being edited.
    for (const Programme& newest : std::as_const(*lineages)) {
        auto versions = programmes.versions(newest.id);
        if (!versions)
            return versions.error();
        for (const Programme& v : std::as_const(*versions)) {
            if (v.status != ProgrammeStatus::Active)
                continue;
            auto full = programmes.get(v.id);
            if (!full)
                return full.error();
            in.activeProgrammes.append(*full);
        }
    }
    auto refs = ProgrammeTemplateRepository(m_workspace).exerciseRefs();
    if (!refs)
        return refs.error();
    in.exercises = *refs;
    in.author = author;
    in.clinicName = m_workspace.settings().stringValue(ClinicSettings::Key::ClinicName);
    in.exportedAt = m_workspace.clock().now();
    return in;
}

Result<QByteArray> ExportService::fhirBundle(qint64 patientId, const QString& author,
                                             const QString& language)
{
    auto in = fhirInput(patientId, author, language);
    if (!in)
        return in.error();
    logger()->info(
        "FHIR bundle of patient {}: {} conditions, {} visits, {} measures, {} care plans",
        patientId, in->conditions.size(), in->visits.size(), in->measures.size(),
        in->activeProgrammes.size());
    return FhirBundle::toJson(*in);
}

Result<ProgrammeCalendarInput> ExportService::calendarInput(qint64 programmeId,
                                                            const CalendarOptions& options,
                                                            const QString& language)
{
    ProgrammeRepository programmes(m_workspace);
    auto programme = programmes.get(programmeId);
    if (!programme)
        return programme.error();
    ProgrammeCalendarInput in;
    in.programme = *programme;
    auto versions = programmes.versions(programmeId);
    if (!versions)
        return versions.error();
    in.lineage = versions->isEmpty() ? programmeId : versions->constFirst().id;
    auto patient = PatientRepository(m_workspace).get(programme->patientId);
    if (!patient)
        return patient.error();
    in.language = documentLanguage(language, *patient);
    in.patientLanguage = patient->language;
    in.uidScope = QStringLiteral("%1/%2").arg(
        patient->createdAt.toUTC().toString(Qt::ISODateWithMs), QString::number(patient->id));
    ExerciseRepository exercises(m_workspace);
    int items = 0;
    for (const ProgrammeSection& s : programme->sections) {
        for (const Prescription& p : s.prescriptions) {
            ++items;
            if (in.exercises.contains(p.exerciseId))
                continue;
            auto e = exercises.byId(p.exerciseId);
            if (!e)
                return e.error();
            // Built-in exercises in the patient's language; the clinic's own as written.
            in.exercises.insert(p.exerciseId, in.language.dataTexts().exercise(*e));
        }
    }
    if (items == 0)
        return Error{QStringLiteral("export.empty"),
                     tr("Programme %1 has no exercises to remind of.").arg(programmeId),
                     ErrorKind::Invalid};
    auto plans = PacingPlanRepository(m_workspace).forPatient(programme->patientId);
    if (!plans)
        return plans.error();
    for (const PacingPlanRecord& plan : std::as_const(*plans))
        if (plan.lineage == in.lineage && plan.status == PacingPlanStatus::Active)
            in.pacing.append(
                {plan.exerciseId, plan.parameters, plan.currentWeek, plan.currentQuota});
    in.stamp = m_workspace.clock().now();
    in.options = options;
    return in;
}

Result<QByteArray> ExportService::calendar(qint64 programmeId, const CalendarOptions& options,
                                           const QString& language)
{
    auto in = calendarInput(programmeId, options, language);
    if (!in)
        return in.error();
    logger()->info("calendar of programme {}: {} pacing plans", programmeId, in->pacing.size());
    return ProgrammeCalendar::build(*in);
}

Result<QList<Exercise>> ExportService::carriedExercises(const QList<ProgrammeSection>& sections)
{
    // The clinic's own exercises travel with the file, and so do the clinic exercises they
    // link to (their regressions and progressions), so every link resolves on import.
    ExerciseRepository repository(m_workspace);
    QList<Exercise> carried;
    QSet<QString> seen;
    QStringList pending;
    for (const ProgrammeSection& s : sections) {
        for (const Prescription& p : s.prescriptions) {
            auto e = repository.byId(p.exerciseId);
            if (!e)
                return e.error();
            if (!e->isBuiltIn() && !seen.contains(e->stableId)) {
                seen.insert(e->stableId);
                carried.append(*e);
                pending += e->regressions + e->progressions;
            }
        }
    }
    while (!pending.isEmpty()) {
        const QString id = pending.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto e = repository.byStableId(id);
        if (!e || e->isBuiltIn())
            continue;
        carried.append(*e);
        pending += e->regressions + e->progressions;
    }
    return carried;
}

Result<QList<ExchangeSection>>
ExportService::exchangeSections(const QList<ProgrammeSection>& sections)
{
    auto refs = ProgrammeTemplateRepository(m_workspace).exerciseRefs();
    if (!refs)
        return refs.error();
    QList<ExchangeSection> out;
    for (const ProgrammeSection& s : sections) {
        ExchangeSection section{s.name, {}};
        for (Prescription p : s.prescriptions) {
            const ExerciseRef ref = refs->value(p.exerciseId);
            p.id = 0;
            p.exerciseId = 0;
            section.items.append({ref.stableId, ref.name, p});
        }
        out.append(section);
    }
    return out;
}

Status ExportService::fillContent(ProgrammeDocument& d, const QList<ProgrammeSection>& sections)
{
    auto exchange = exchangeSections(sections);
    if (!exchange)
        return exchange.error();
    d.sections = *exchange;
    auto carried = carriedExercises(sections);
    if (!carried)
        return carried.error();
    d.exercises = *carried;
    d.exportedAt = m_workspace.clock().now();
    d.generator = QStringLiteral("Gradus %1").arg(QLatin1String(kVersion));
    return {};
}

Result<ProgrammeDocument> ExportService::programmeDocument(qint64 programmeId)
{
    auto programme = ProgrammeRepository(m_workspace).get(programmeId);
    if (!programme)
        return programme.error();
    ProgrammeDocument d;
    d.kind = ProgrammeDocument::Kind::Programme;
    d.name = programme->name;
    d.goal = programme->goal;
    d.startDate = programme->startDate;
    d.reviewDate = programme->reviewDate;
    if (auto st = fillContent(d, programme->sections); !st)
        return st.error();
    return d;
}

Result<ProgrammeDocument> ExportService::templateDocument(qint64 templateId)
{
    auto t = ProgrammeTemplateRepository(m_workspace).get(templateId);
    if (!t)
        return t.error();
    ProgrammeDocument d;
    d.kind = ProgrammeDocument::Kind::Template;
    d.name = t->name;
    d.goal = t->goal;
    if (auto st = fillContent(d, t->sections); !st)
        return st.error();
    return d;
}

Result<QByteArray> ExportService::programmeJson(qint64 programmeId)
{
    auto d = programmeDocument(programmeId);
    if (!d)
        return d.error();
    logger()->info("programme {} exported with {} clinic exercises", programmeId,
                   d->exercises.size());
    return ProgrammeExchange::write(*d);
}

Result<QByteArray> ExportService::templateJson(qint64 templateId)
{
    auto d = templateDocument(templateId);
    if (!d)
        return d.error();
    logger()->info("template {} exported with {} clinic exercises", templateId,
                   d->exercises.size());
    return ProgrammeExchange::write(*d);
}

Result<QByteArray> ExportService::outcomesCsv(bool deidentify)
{
    return outcomesCsv(deidentify, *QRandomGenerator::system());
}

Result<QByteArray> ExportService::outcomesCsv(bool deidentify, QRandomGenerator& random)
{
    auto patients = PatientRepository(m_workspace).list(true);
    if (!patients)
        return patients.error();
    QList<Patient> ordered = *patients;
    std::sort(ordered.begin(), ordered.end(),
              [](const Patient& a, const Patient& b) { return a.id < b.id; });
    VisitRepository visits(m_workspace);
    MeasureRepository measures(m_workspace);
    QList<OutcomePatient> table;
    for (const Patient& p : std::as_const(ordered)) {
        OutcomePatient row;
        row.patientId = p.id;
        row.dateOfBirth = p.dateOfBirth;
        row.sex = p.sex;
        auto v = visits.listForPatient(p.id);
        if (!v)
            return v.error();
        row.visits = *v;
        auto m = measures.listForPatient(p.id);
        if (!m)
            return m.error();
        row.measures = *m;
        auto names = psfsNames(m_workspace, p.id, row.measures);
        if (!names)
            return names.error();
        row.psfsActivities = *names;
        if (!row.visits.isEmpty() || !row.measures.isEmpty())
            table.append(row);
    }
    logger()->info("outcomes exported for {} patients ({})", table.size(),
                   deidentify ? "de-identified" : "with record ids");
    return deidentify ? DeidentifiedOutcomes::csv(table, random) : OutcomesTable::csv(table);
}

} // namespace gradus
