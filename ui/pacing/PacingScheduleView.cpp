#include "PacingScheduleView.h"

#include "PacingScheduleChart.h"
#include "PacingScheduleModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {

PacingScheduleView::PacingScheduleView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("PacingScheduleView"));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pacingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pacingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_empty = new QLabel(noPlanText(), this);
    m_empty->setObjectName(QStringLiteral("pacingEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    auto* row = new QHBoxLayout;
    m_model = new PacingScheduleModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pacingScheduleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = new PacingScheduleChart(this);
    row->addWidget(m_table);
    row->addWidget(m_chart, 1);
    layout->addLayout(row, 1);

    clear();
}

void PacingScheduleView::setPlan(const GradedActivityPlan& plan)
{
    m_model->setPlan(plan);
    m_chart->setPlan(plan);
    // The bouts column says nothing when the day is done in one go.
    m_table->setColumnHidden(PacingScheduleModel::PerBout, plan.parameters().boutsPerDay <= 1);
    updateSummary();
    fitTableWidth();
}

QString PacingScheduleView::noPlanText()
{
    return tr("No graded activity plan yet: measure tolerance over a few attempts and set a goal "
              "to see the weeks here.");
}

void PacingScheduleView::clear(const QString& why)
{
    m_empty->setText(why.isEmpty() ? noPlanText() : why);
    m_model->clear();
    m_chart->setPlan(std::nullopt);
    m_chart->setActuals({});
    updateSummary();
}

void PacingScheduleView::setActuals(const QList<WeekActual>& actuals)
{
    m_model->setActuals(actuals);
    m_chart->setActuals(actuals);
    fitTableWidth();
}

void PacingScheduleView::setCurrentWeek(std::optional<int> week)
{
    if (!week || *week < 1 || *week > m_model->rowCount()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(*week - 1);
    m_table->scrollTo(m_model->index(*week - 1, 0), QAbstractItemView::PositionAtCenter);
}

// The table is as wide as its columns, so nothing hides off to the side; the chart takes
// the rest.
void PacingScheduleView::fitTableWidth()
{
    m_table->resizeColumnsToContents();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (!m_table->isColumnHidden(c))
            width += m_table->columnWidth(c);
    m_table->setFixedWidth(width + 2);
}

void PacingScheduleView::updateSummary()
{
    const auto& plan = m_model->plan();
    m_empty->setVisible(!plan);
    m_title->setVisible(plan.has_value());
    m_summary->setVisible(plan.has_value());
    m_table->setVisible(plan.has_value());
    m_chart->setVisible(plan.has_value());
    if (!plan)
        return;
    const PacingUnit unit = plan->unit();
    m_title->setText(plan->weekCount() == 1
                         ? tr("Graded activity plan: %1 a day, the goal, from week 1")
                               .arg(pacingUnit::format(unit, plan->goal()))
                         : tr("Graded activity plan: %1 to %2 a day in %3 weeks")
                               .arg(pacingUnit::format(unit, plan->weeks().constFirst().quota),
                                    pacingUnit::format(unit, plan->goal()))
                               .arg(plan->weekCount()));
    QString text = plan->summary().toHtmlEscaped();
    for (const QString& note : plan->notes())
        text += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    m_summary->setText(text);
}

} // namespace gradus
