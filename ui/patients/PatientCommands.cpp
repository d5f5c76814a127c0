#include "patients/PatientCommands.h"

#include "i18n/DataTexts.h"
#include "patients/ConditionCatalog.h"
#include "patients/PatientEditor.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"

#include <QCoreApplication>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
};

QString conditionName(const Condition& c)
{
    return DataTexts::display().conditionName(c.code);
}

} // namespace

PatientCommand::PatientCommand(PatientEditor& editor, const QString& text) : m_editor(editor)
{
    setText(text);
}

void PatientCommand::redo()
{
    if (m_done) // pushed after the change was made
        return;
    if (auto st = applyRedo(); !st) {
        setObsolete(true);
        emit m_editor.failed(st.error());
        return;
    }
    m_done = true;
}

void PatientCommand::undo()
{
    if (auto st = applyUndo(); !st) {
        setObsolete(true);
        emit m_editor.failed(st.error());
        return;
    }
    m_done = false;
}

// --- patients ---------------------------------------------------------------------------

AddPatientCommand::AddPatientCommand(PatientEditor& editor, Patient stored)
    : PatientCommand(editor, Tr::tr("Add patient %1").arg(stored.fullName())),
      m_patient(std::move(stored))
{
}

Status AddPatientCommand::applyUndo()
{
    Workspace& ws = m_editor.workspace();
    auto episodes = EpisodeRepository(ws).forPatient(m_patient.id);
    if (!episodes)
        return episodes.error();
    // Undoing the addition must not take away anything recorded since.
    if (!episodes->isEmpty())
        return Error{QStringLiteral("undo.patient_has_episodes"),
                     Tr::tr("Adding %1 cannot be undone: episodes of care have been recorded "
                            "for this patient since.")
                         .arg(m_patient.fullName())};
    // Put back exactly what is stored now on redo, version included, so that later commands
    // on the stack still find the record they were based on.
    auto current = PatientRepository(ws).get(m_patient.id);
    if (!current)
        return current.error();
    auto erased = PatientRepository(ws).erase(m_patient.id);
    if (!erased)
        return erased.error();
    m_patient = *current;
    return {};
}

Status AddPatientCommand::applyRedo()
{
    auto id = PatientRepository(m_editor.workspace()).reinsert(m_patient);
    if (!id)
        return id.error();
    return {};
}

EditPatientCommand::EditPatientCommand(PatientEditor& editor, Patient before, Patient after)
    : PatientCommand(editor, Tr::tr("Edit %1").arg(after.fullName())), m_before(std::move(before)),
      m_after(std::move(after)), m_version(m_after.version)
{
}

Status EditPatientCommand::apply(const Patient& state)
{
    Patient p = state;
    p.version = m_version;
    auto stored = PatientRepository(m_editor.workspace()).update(p);
    if (!stored)
        return stored.error();
    m_version = stored->version;
    return {};
}

ArchivePatientCommand::ArchivePatientCommand(PatientEditor& editor, qint64 patientId,
                                             const QString& name, bool archived)
    : PatientCommand(editor,
                     archived ? Tr::tr("Archive %1").arg(name) : Tr::tr("Restore %1").arg(name)),
      m_patientId(patientId), m_archived(archived)
{
}

Status ArchivePatientCommand::applyUndo()
{
    return PatientRepository(m_editor.workspace()).setArchived(m_patientId, !m_archived);
}

Status ArchivePatientCommand::applyRedo()
{
    return PatientRepository(m_editor.workspace()).setArchived(m_patientId, m_archived);
}

// --- episodes ---------------------------------------------------------------------------

AddEpisodeCommand::AddEpisodeCommand(PatientEditor& editor, Episode stored)
    : PatientCommand(editor, Tr::tr("Open episode \"%1\"").arg(stored.complaint)),
      m_episode(std::move(stored))
{
}

Status AddEpisodeCommand::applyUndo()
{
    Workspace& ws = m_editor.workspace();
    auto conditions = ConditionRepository(ws).forEpisode(m_episode.id);
    if (!conditions)
        return conditions.error();
    if (!conditions->isEmpty())
        return Error{QStringLiteral("undo.episode_has_conditions"),
                     Tr::tr("Opening the episode \"%1\" cannot be undone: conditions have been "
                            "recorded in it since.")
                         .arg(m_episode.complaint)};
    // As for a patient: redo puts back what is stored now, version included.
    auto current = EpisodeRepository(ws).get(m_episode.id);
    if (!current)
        return current.error();
    if (auto st = EpisodeRepository(ws).remove(m_episode.id); !st)
        return st;
    m_episode = *current;
    return {};
}

Status AddEpisodeCommand::applyRedo()
{
    auto id = EpisodeRepository(m_editor.workspace()).reinsert(m_episode);
    if (!id)
        return id.error();
    return {};
}

EditEpisodeCommand::EditEpisodeCommand(PatientEditor& editor, Episode before, Episode after)
    : PatientCommand(editor, before.isOpen() && !after.isOpen()
                                 ? Tr::tr("Close episode \"%1\"").arg(after.complaint)
                                 : Tr::tr("Edit episode \"%1\"").arg(after.complaint)),
      m_before(std::move(before)), m_after(std::move(after)), m_version(m_after.version)
{
}

Status EditEpisodeCommand::apply(const Episode& state)
{
    Episode e = state;
    e.version = m_version;
    auto stored = EpisodeRepository(m_editor.workspace()).update(e);
    if (!stored)
        return stored.error();
    m_version = stored->version;
    return {};
}

// --- conditions -------------------------------------------------------------------------

AddConditionCommand::AddConditionCommand(PatientEditor& editor, Condition stored, bool removal)
    : PatientCommand(editor, removal ? Tr::tr("Remove %1").arg(conditionName(stored))
                                     : Tr::tr("Add %1").arg(conditionName(stored))),
      m_condition(std::move(stored)), m_removal(removal)
{
}

Status AddConditionCommand::add()
{
    auto id = ConditionRepository(m_editor.workspace()).reinsert(m_condition);
    if (!id)
        return id.error();
    return {};
}

Status AddConditionCommand::remove()
{
    // Keep what is stored now (it may have been edited since), so that a later undo puts
    // back exactly that.
    ConditionRepository repo(m_editor.workspace());
    auto current = repo.get(m_condition.id);
    if (!current)
        return current.error();
    if (auto st = repo.remove(m_condition.id); !st)
        return st;
    m_condition = *current;
    return {};
}

EditConditionCommand::EditConditionCommand(PatientEditor& editor, Condition before, Condition after)
    : PatientCommand(editor,
                     before.status != after.status
                         ? (after.isActive() ? Tr::tr("Reactivate %1") : Tr::tr("Resolve %1"))
                               .arg(conditionName(after))
                         : Tr::tr("Edit %1").arg(conditionName(after))),
      m_before(std::move(before)), m_after(std::move(after)), m_version(m_after.version)
{
}

Status EditConditionCommand::apply(const Condition& state)
{
    Condition c = state;
    c.version = m_version;
    auto stored = ConditionRepository(m_editor.workspace()).update(c);
    if (!stored)
        return stored.error();
    m_version = stored->version;
    return {};
}

} // namespace gradus
