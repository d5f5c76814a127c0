#include "services/ProgrammeImportService.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "services/ProgrammeSafety.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

namespace gradus {
namespace {

const auto logger = &logging::module<"import">;

} // namespace

ProgrammeImportService::ProgrammeImportService(Workspace& workspace) : m_workspace(workspace) {}

Result<ProgrammeDocument> ProgrammeImportService::check(const QByteArray& bytes,
                                                        const QString& fileName)
{
    auto document = ProgrammeExchange::parse(bytes, fileName);
    if (!document)
        return document.error();
    auto ids = ProgrammeTemplateRepository(m_workspace).exerciseIdsByStableId();
    if (!ids)
        return ids.error();
    const QList<QString> keys = ids->keys();
    const QSet<QString> library(keys.begin(), keys.end());
    if (auto st = ProgrammeExchange::checkExercises(*document, library, fileName); !st)
        return st.error();
    return document;
}

Result<ProgrammeImportReport> ProgrammeImportService::importForPatient(const QByteArray& bytes,
                                                                       const QString& fileName,
                                                                       qint64 patientId)
{
    auto document = check(bytes, fileName);
    if (!document)
        return document.error();
    auto patient = PatientRepository(m_workspace).get(patientId);
    if (!patient) {
        Error e = patient.error();
        e.message += u' ' + tr("Nothing was imported.");
        return e;
    }
    auto report = write(*document, patientId);
    if (!report)
        return report;
    auto stored = ProgrammeRepository(m_workspace).get(report->programmeId);
    if (!stored)
        return stored.error();
    auto findings = checkProgramme(m_workspace, *stored);
    if (!findings)
        return findings.error();
    report->findings = *findings;
    logger()->info("programme imported for patient {} as draft {}: {} items, {} safety findings",
                   patientId, report->programmeId, report->items, report->findings.size());
    return report;
}

Result<ProgrammeImportReport> ProgrammeImportService::importTemplate(const QByteArray& bytes,
                                                                     const QString& fileName)
{
    auto document = check(bytes, fileName);
    if (!document)
        return document.error();
    auto report = write(*document, 0);
    if (report)
        logger()->info("template imported as {}: {} items", report->templateId, report->items);
    return report;
}

Result<ProgrammeImportReport> ProgrammeImportService::write(const ProgrammeDocument& d,
                                                            qint64 patientId)
{
    ProgrammeImportReport report;
    report.name = d.name;
    Database& db = m_workspace.db();
    auto saved = db.write<ProgrammeImportReport>([&]() -> Result<ProgrammeImportReport> {
        // On a copy: a retried unit starts again from what was checked.
        ProgrammeImportReport written = report;

        ExerciseRepository exercises(m_workspace);
        for (const Exercise& carried : d.exercises) {
            auto existing = exercises.byStableId(carried.stableId);
            if (existing) {
                written.exercisesKept << carried.stableId;
                continue;
            }
            Exercise fresh = carried;
            fresh.id = 0;
            fresh.origin = ExerciseOrigin::Clinic;
            fresh.edited = false;
            fresh.retired = false;
            fresh.createdAt = fresh.updatedAt = m_workspace.clock().now();
            auto id = exercises.insertRecord(fresh, false);
            if (!id)
                return id.error();
            written.exercisesAdded << carried.stableId;
        }
        auto ids = ProgrammeTemplateRepository(m_workspace).exerciseIdsByStableId();
        if (!ids)
            return ids.error();
        QList<ProgrammeSection> sections;
        for (const ExchangeSection& s : d.sections) {
            ProgrammeSection section{s.name, {}};
            for (const ExchangeItem& item : s.items) {
                Prescription p = item.prescription;
                p.id = 0;
                p.exerciseId = ids->value(item.exercise);
                section.prescriptions.append(p);
                ++written.items;
            }
            sections.append(section);
        }

        if (patientId > 0) {
            Programme p;
            p.patientId = patientId;
            p.name = d.name;
            p.goal = d.goal;
            p.startDate = m_workspace.clock().today();
            if (d.startDate.isValid() && d.reviewDate.isValid())
                p.reviewDate = p.startDate.addDays(d.startDate.daysTo(d.reviewDate));
            p.sections = sections;
            auto id = ProgrammeRepository(m_workspace).create(p);
            if (!id)
                return id.error();
            written.programmeId = *id;
        } else {
            ProgrammeTemplate t;
            t.name = d.name;
            t.goal = d.goal;
            t.sections = sections;
            auto id = ProgrammeTemplateRepository(m_workspace).add(t);
            if (!id)
                return id.error();
            written.templateId = *id;
        }
        return written;
    });
    if (!saved)
        return saved.error();
    if (!saved->exercisesAdded.isEmpty())
        emit m_workspace.notifier().reset(StoreNotifier::Kind::Exercise);
    if (saved->templateId > 0)
        emit m_workspace.notifier().reset(StoreNotifier::Kind::Programme);
    return saved;
}

} // namespace gradus
