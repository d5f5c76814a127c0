#include "SafetyFindingsPanel.h"

#include "ProgrammeSafetyFindings.h"
#include "SafetyFindingsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {

SafetyFindingsPanel::SafetyFindingsPanel(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Safety findings"), parent), m_workspace(workspace)
{
    m_model = new SafetyFindingsModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(SafetyFindingsModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_empty = new QLabel(tr("No findings"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SafetyFindingsPanel::showFindings);
    showFindings();
}

void SafetyFindingsPanel::setExerciseNames(const QHash<qint64, QString>& names)
{
    m_model->setExerciseNames(names);
}

void SafetyFindingsPanel::setProgramme(const Programme& programme)
{
    m_programme = programme;
    // The check runs on every change the builder shows (the engine takes well under 1 ms).
    auto findings = programmeSafetyFindings(m_workspace, programme);
    m_model->setFindings(findings ? *findings : PanelFindings{});
    if (!findings)
        emit problem(findings.error().message);
}

void SafetyFindingsPanel::showFindings()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace gradus
