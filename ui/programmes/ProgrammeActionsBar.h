#pragma once

#include "ProgrammeCommandHooks.h"
#include "model/Prescription.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

namespace gradus {

class StoreCommand;
class Workspace;

// The builder's programme-level row: the version shown (a combo of every version), Activate,
// Handout, Calendar reminders, New programme, New from template and Save as template. The
// programme-level actions live here, each one an undoable command (ProgrammeLifecycleCommands)
// handed to `push`, which puts it on the shared undo stack and says whether it reached the store.
class ProgrammeActionsBar : public QWidget
{
    Q_OBJECT

public:
    using Push = std::function<bool(StoreCommand*)>;
    ProgrammeActionsBar(Workspace& workspace, Push push, ProgrammeCommandHooks hooks,
                        QWidget* parent = nullptr);

    QComboBox* versionCombo() const { return m_versions; }
    // What the builder shows: the patient and the version (id 0: none), and whether it has
    // prescriptions; reloads the version list and enables the buttons.
    void setProgramme(qint64 patientId, const Programme& programme, bool hasRows);

    bool newProgramme(const QString& name = {});
    bool newFromTemplate(qint64 templateId);
    // Saves the version shown as a clinic template; 0 when refused.
    qint64 saveAsTemplate(const QString& name);
    // Refused, with a message naming the exercise, while an "avoid" finding is not kept with
    // a reason (ActivationGate).
    bool activate();

signals:
    void versionChosen(qint64 programmeId);
    void message(const QString& message, bool problem);
    // Activate was refused: the prescription at `row` (reading order) has an "avoid" finding
    // of rule `ruleId` that no one kept with a reason.
    void activationRefused(int row, const QString& ruleId);

private:
    void chooseTemplate();
    void askSaveAsTemplate();
    void reloadVersions();

    Workspace& m_workspace;
    Push m_push;
    ProgrammeCommandHooks m_hooks;
    qint64 m_patientId = 0;
    Programme m_programme;
    QComboBox* m_versions = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_templateButton = nullptr;
    QPushButton* m_saveTemplateButton = nullptr;
    QPushButton* m_activateButton = nullptr;
    QPushButton* m_handoutButton = nullptr;
    QPushButton* m_calendarButton = nullptr;
};

} // namespace gradus
