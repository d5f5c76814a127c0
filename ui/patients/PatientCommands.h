#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Patient.h"
#include "util/Result.h"

#include <QUndoCommand>

namespace gradus {

class PatientEditor;

// Undo commands for patient data. Each is pushed after its change was made (by
// PatientEditor), so the first redo() does nothing. A command whose undo or redo fails
// marks itself obsolete (QUndoStack then drops it) and reports through PatientEditor.
class PatientCommand : public QUndoCommand
{
public:
    explicit PatientCommand(PatientEditor& editor, const QString& text);

    void undo() final;
    void redo() final;

protected:
    virtual Status applyUndo() = 0;
    virtual Status applyRedo() = 0;
    PatientEditor& m_editor;

private:
    bool m_done = true;
};

class AddPatientCommand final : public PatientCommand
{
public:
    AddPatientCommand(PatientEditor& editor, Patient stored);

private:
    Status applyUndo() override;
    Status applyRedo() override;
    Patient m_patient;
};

class EditPatientCommand final : public PatientCommand
{
public:
    EditPatientCommand(PatientEditor& editor, Patient before, Patient after);

private:
    Status apply(const Patient& state);
    Status applyUndo() override { return apply(m_before); }
    Status applyRedo() override { return apply(m_after); }
    Patient m_before;
    Patient m_after;
    int m_version = 0; // the stored record's version, as this command left it
};

class ArchivePatientCommand final : public PatientCommand
{
public:
    ArchivePatientCommand(PatientEditor& editor, qint64 patientId, const QString& name,
                          bool archived);

private:
    Status applyUndo() override;
    Status applyRedo() override;
    qint64 m_patientId;
    bool m_archived;
};

class AddEpisodeCommand final : public PatientCommand
{
public:
    AddEpisodeCommand(PatientEditor& editor, Episode stored);

private:
    Status applyUndo() override;
    Status applyRedo() override;
    Episode m_episode;
};

class EditEpisodeCommand final : public PatientCommand
{
public:
    EditEpisodeCommand(PatientEditor& editor, Episode before, Episode after);

private:
    Status apply(const Episode& state);
    Status applyUndo() override { return apply(m_before); }
    Status applyRedo() override { return apply(m_after); }
    Episode m_before;
    Episode m_after;
    int m_version = 0;
};

class AddConditionCommand final : public PatientCommand
{
public:
    AddConditionCommand(PatientEditor& editor, Condition stored, bool removal);

private:
    Status add();
    Status remove();
    Status applyUndo() override { return m_removal ? add() : remove(); }
    Status applyRedo() override { return m_removal ? remove() : add(); }
    Condition m_condition;
    bool m_removal; // true: this command removed the condition rather than added it
};

class EditConditionCommand final : public PatientCommand
{
public:
    EditConditionCommand(PatientEditor& editor, Condition before, Condition after);

private:
    Status apply(const Condition& state);
    Status applyUndo() override { return apply(m_before); }
    Status applyRedo() override { return apply(m_after); }
    Condition m_before;
    Condition m_after;
    int m_version = 0;
};

} // namespace gradus
