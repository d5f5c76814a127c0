#include "ProgrammeActionsBar.h"

#include "ProgrammeLifecycleCommands.h"
#include "Workspace.h"
#include "exchange/CalendarExportDialog.h"
#include "handout/HandoutLauncher.h"
#include "i18n/DataTexts.h"
#include "programmes/DoseValidator.h"
#include "services/ActivationGate.h"
#include "services/ProgrammeRecords.h"
#include "services/ProgrammeSafety.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gradus {

ProgrammeActionsBar::ProgrammeActionsBar(Workspace& workspace, Push push,
                                         ProgrammeCommandHooks hooks, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_push(std::move(push)), m_hooks(std::move(hooks))
{
    m_versions = new QComboBox;
    m_versions->setAccessibleName(tr("Programme version"));
    m_versions->setMinimumContentsLength(28);
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newButton = new QPushButton(tr("&New Programme"));
    m_templateButton = new QPushButton(tr("New from &Template…"));
    m_saveTemplateButton = new QPushButton(tr("Save as Te&mplate…"));
    m_activateButton = new QPushButton(tr("&Activate"));
    m_activateButton->setToolTip(tr("Give this version to the patient; the previous active "
                                    "version is kept as superseded"));
    m_handoutButton = new QPushButton(tr("&Handout…"));
    m_handoutButton->setObjectName(QStringLiteral("handoutButton"));
    m_handoutButton->setToolTip(tr("Preview, print or save the patient's handout for this "
                                   "version"));
    m_calendarButton = new QPushButton(tr("Ca&lendar Reminders…"));
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setToolTip(tr("Save this version's exercise times as a calendar file for "
                                    "the patient's phone"));
    // Two rows: the tab is often narrow beside the patient list.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(new QLabel(tr("Version:")));
    versionRow->addWidget(m_versions, 1);
    versionRow->addWidget(m_activateButton);
    versionRow->addWidget(m_handoutButton);
    versionRow->addWidget(m_calendarButton);
    auto* programmeRow = new QHBoxLayout;
    programmeRow->addWidget(m_newButton);
    programmeRow->addWidget(m_templateButton);
    programmeRow->addWidget(m_saveTemplateButton);
    programmeRow->addStretch(1);
    layout->addLayout(versionRow);
    layout->addLayout(programmeRow);

    connect(m_versions, &QComboBox::activated, this,
            [this](int i) { emit versionChosen(m_versions->itemData(i).toLongLong()); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newProgramme(); });
    connect(m_templateButton, &QPushButton::clicked, this, &ProgrammeActionsBar::chooseTemplate);
    connect(m_saveTemplateButton, &QPushButton::clicked, this,
            &ProgrammeActionsBar::askSaveAsTemplate);
    connect(m_activateButton, &QPushButton::clicked, this, [this] { activate(); });
    connect(m_handoutButton, &QPushButton::clicked, this,
            [this] { openHandoutDialog(m_workspace, m_programme, this); });
    connect(m_calendarButton, &QPushButton::clicked, this, [this] {
        CalendarExportDialog dialog(m_workspace, m_programme.id, this);
        dialog.exec();
    });
    setProgramme(0, {}, false);
}

void ProgrammeActionsBar::setProgramme(qint64 patientId, const Programme& programme, bool hasRows)
{
    m_patientId = patientId;
    m_programme = programme;
    const bool shown = programme.id != 0;
    m_newButton->setEnabled(patientId != 0);
    m_templateButton->setEnabled(patientId != 0);
    m_saveTemplateButton->setEnabled(shown && hasRows);
    m_activateButton->setEnabled(shown && programme.status == ProgrammeStatus::Draft);
    m_handoutButton->setEnabled(shown && hasRows);
    m_calendarButton->setEnabled(shown && hasRows);
    reloadVersions();
}

void ProgrammeActionsBar::reloadVersions()
{
    m_versions->clear();
    if (m_programme.id == 0)
        return;
    auto versions = ProgrammeRecords(m_workspace).versions(m_programme.id);
    if (!versions) {
        // The shown version stays the only choice; an empty list would hide that others exist.
        m_versions->addItem(
            tr("Version %1 (the other versions could not be read)").arg(m_programme.version),
            m_programme.id);
        m_versions->setItemData(0, versions.error().message, Qt::ToolTipRole);
        return;
    }
    for (const Programme& v : *versions) {
        m_versions->addItem(
            tr("Version %1 — %2 — %3").arg(v.version).arg(statusLabel(v.status), v.name), v.id);
    }
    m_versions->setCurrentIndex(m_versions->findData(m_programme.id));
}

bool ProgrammeActionsBar::newProgramme(const QString& name)
{
    if (m_patientId == 0)
        return false;
    Programme p;
    p.patientId = m_patientId;
    p.name = name.isEmpty() ? tr("Exercise programme") : name;
    p.startDate = m_workspace.clock().today();
    p.reviewDate = p.startDate.addDays(42);
    Workspace& ws = m_workspace;
    auto* command = new ProgrammeCreateCommand(
        ws, tr("New programme"), m_patientId, m_programme.id,
        [&ws, p] { return ProgrammeVersions(ws).create(p); }, m_hooks);
    if (!m_push(command))
        return false;
    emit message(tr("New draft programme started."), false);
    return true;
}

bool ProgrammeActionsBar::newFromTemplate(qint64 templateId)
{
    if (m_patientId == 0)
        return false;
    Workspace& ws = m_workspace;
    const qint64 patient = m_patientId;
    auto* command = new ProgrammeCreateCommand(
        ws, tr("New programme from a template"), patient, m_programme.id,
        [&ws, templateId, patient] {
            return ProgrammeVersions(ws).createFromTemplate(templateId, patient,
                                                            ws.clock().today());
        },
        m_hooks);
    if (!m_push(command))
        return false;
    emit message(tr("New draft programme from the template."), false);
    return true;
}

void ProgrammeActionsBar::chooseTemplate()
{
    auto templates = ProgrammeRecords(m_workspace).templates();
    if (!templates || templates->isEmpty()) {
        emit message(templates ? tr("There are no templates yet.") : templates.error().message,
                     true);
        return;
    }
    QStringList names;
    for (const auto& t : *templates)
        names << DataTexts::display().programmeTemplate(t).name;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("New from template"), tr("Template:"), names, 0, false, &ok);
    if (ok)
        newFromTemplate(templates->at(names.indexOf(chosen)).id);
}

void ProgrammeActionsBar::askSaveAsTemplate()
{
    if (m_programme.id == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
                                               QLineEdit::Normal, m_programme.name, &ok);
    if (ok)
        saveAsTemplate(name);
}

qint64 ProgrammeActionsBar::saveAsTemplate(const QString& name)
{
    if (m_programme.id == 0)
        return 0;
    const QString chosen = name.trimmed().isEmpty() ? m_programme.name : name.trimmed();
    auto* command = new TemplateSaveCommand(m_workspace, m_programme.id, chosen);
    if (!m_push(command))
        return 0; // refused: push() has deleted the command
    const qint64 id = command->templateId();
    emit message(tr("Saved as the template \"%1\".").arg(chosen), false);
    return id;
}

bool ProgrammeActionsBar::activate()
{
    if (m_programme.id == 0 || m_programme.status != ProgrammeStatus::Draft)
        return false;
    // The gate the store applies on activation, asked first so that the refusal speaks the
    // builder's language and points at the finding to act on; nothing goes on the undo stack.
    if (auto findings = checkProgramme(m_workspace, m_programme); findings) {
        const QList<SafetyFinding> open = ActivationGate::unkept(*findings);
        if (!open.isEmpty()) {
            QStringList names;
            for (const SafetyFinding& f : open)
                names.append(tr("%1 (rule %2)").arg(f.exerciseName, f.ruleId));
            emit message(tr("Not given to the patient: %1 to be avoided for this patient, and no "
                            "reason to keep it is recorded. Swap in a safer exercise, or select "
                            "the finding below and choose Keep with a Reason….",
                            nullptr, int(open.size()))
                             .arg(names.join(u"; ")),
                         true);
            emit activationRefused(open.first().index, open.first().ruleId);
            return false;
        }
    }
    const int version = m_programme.version;
    if (!m_push(new ProgrammeActivateCommand(m_workspace, m_programme, m_hooks)))
        return false;
    emit message(tr("Version %1 is now the patient's active programme.").arg(version), false);
    return true;
}

} // namespace gradus
