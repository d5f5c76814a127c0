#include "services/ProgrammeEdits.h"

#include "Workspace.h"
#include "storage/ConflictReport.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"

#include <algorithm>

namespace gradus {

ProgrammeEdits::ProgrammeEdits(Workspace& workspace) : m_workspace(workspace) {}

Status ProgrammeEdits::checkPrescribable(qint64 exerciseId)
{
    auto exercise = ExerciseRepository(m_workspace).byId(exerciseId);
    if (!exercise)
        return Error{QStringLiteral("exercise.not_found"),
                     tr("There is no exercise with id %1.").arg(exerciseId), ErrorKind::NotFound};
    if (exercise->retired)
        return Error{QStringLiteral("exercise.retired"),
                     tr("%1 is retired and cannot be prescribed; choose another exercise.")
                         .arg(exercise->name),
                     ErrorKind::Invalid};
    return {};
}

Status ProgrammeEdits::checkVersion(qint64 programmeId, std::optional<int> ifVersion)
{
    if (!ifVersion)
        return {};
    auto current = ProgrammeRepository(m_workspace).get(programmeId);
    if (!current)
        return current.error();
    if (current->rowVersion == *ifVersion)
        return {};
    return ConflictReport::make(m_workspace.db(), QStringLiteral("programme"), programmeId,
                                tr("Programme %1").arg(programmeId), *ifVersion,
                                current->rowVersion);
}

Status ProgrammeEdits::activate(qint64 programmeId, std::optional<int> ifVersion)
{
    return m_workspace.db().write([&]() -> Status {
        if (auto st = m_workspace.db().lockRow(QStringLiteral("programme"), programmeId); !st)
            return st;
        if (auto st = checkVersion(programmeId, ifVersion); !st)
            return st;
        return ProgrammeRepository(m_workspace).activate(programmeId);
    });
}

Result<ProgrammeEdits::Edited> ProgrammeEdits::edit(qint64 programmeId,
                                                    const std::function<Status(Programme&)>& change,
                                                    std::optional<int> ifVersion)
{
    return m_workspace.db().write<Edited>([&]() -> Result<Edited> {
        ProgrammeRepository programmes(m_workspace);
        // draftFor holds the lineage before it reads, so the draft seen here is the one every
        // other desk's change has already gone into.
        auto draft = programmes.draftFor(programmeId);
        if (!draft) {
            Error error = draft.error();
            if (error.code == QLatin1String("programme.superseded"))
                error.explicitKind = ErrorKind::Invalid;
            return error;
        }
        if (auto st = checkVersion(programmeId, ifVersion); !st)
            return st.error();
        Edited edited;
        if (draft->previousVersionId > 0) {
            auto previous = programmes.get(draft->previousVersionId);
            if (previous && previous->status == ProgrammeStatus::Active) {
                edited.activeId = previous->id;
                edited.activeVersion = previous->version;
            }
        }
        Programme changed = *draft;
        if (auto st = change(changed); !st)
            return st.error();
        if (auto st = programmes.saveDraft(changed); !st) {
            Error error = st.error();
            if (error.kind() == ErrorKind::Failed && error.code.startsWith(QLatin1String("dose.")))
                error.explicitKind = ErrorKind::Invalid;
            return error;
        }
        auto stored = programmes.get(changed.id);
        if (!stored)
            return stored.error();
        edited.programme = *stored;
        return edited;
    });
}

Result<ProgrammeEdits::Edited> ProgrammeEdits::addPrescription(qint64 programmeId,
                                                               const Prescription& prescription,
                                                               const QString& sectionName,
                                                               std::optional<int> ifVersion)
{
    if (auto st = checkPrescribable(prescription.exerciseId); !st)
        return st.error();
    return edit(
        programmeId,
        [&](Programme& p) -> Status {
            const QString name = !sectionName.trimmed().isEmpty() ? sectionName.trimmed()
                                 : p.sections.isEmpty()           ? tr("Exercises")
                                                                  : p.sections.last().name;
            auto it = std::find_if(p.sections.begin(), p.sections.end(), [&](const auto& s) {
                return s.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (it == p.sections.end()) {
                p.sections.append(ProgrammeSection{name, {}});
                it = p.sections.end() - 1;
            }
            Prescription added = prescription;
            added.id = 0;
            it->prescriptions.append(added);
            return {};
        },
        ifVersion);
}

Result<ProgrammeEdits::Edited> ProgrammeEdits::removeExercise(qint64 programmeId, qint64 exerciseId,
                                                              std::optional<int> ifVersion)
{
    return edit(
        programmeId,
        [&](Programme& p) -> Status {
            for (ProgrammeSection& s : p.sections) {
                for (qsizetype i = 0; i < s.prescriptions.size(); ++i) {
                    if (s.prescriptions[i].exerciseId == exerciseId) {
                        s.prescriptions.removeAt(i);
                        return {};
                    }
                }
            }
            return Error{QStringLiteral("programme.no_such_exercise"),
                         tr("Programme %1 does not include that exercise.").arg(p.id),
                         ErrorKind::Invalid};
        },
        ifVersion);
}

} // namespace gradus
