// PatientProgressView's widgets and how they are laid out and wired; the view's behaviour
// (loading, selection, recording and amending) is in PatientProgressView.cpp.
#include "visits/PatientProgressView.h"

#include "style/DialogParts.h"
#include "style/Tones.h"
#include "visits/ChangeTableModel.h"
#include "visits/MeasureTableModel.h"
#include "visits/ProgressChartsWidget.h"
#include "visits/VisitTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gradus {
namespace {

QTableView* makeTable(const QString& name, QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

} // namespace

void PatientProgressView::buildUi()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("patientTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = dialogParts::plainLabel(QStringLiteral("summaryLabel"));
    tones::setTextTone(m_summary, tones::Tone::Muted);

    m_recordVisit = new QPushButton(tr("Record Visit\u2026"));
    m_recordVisit->setObjectName(QStringLiteral("recordVisitButton"));
    m_recordMeasure = new QPushButton(tr("Record Measure\u2026"));
    m_recordMeasure->setObjectName(QStringLiteral("recordMeasureButton"));
    m_amend = new QPushButton(tr("Amend\u2026"));
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_amend->setToolTip(tr("Correct the selected visit or measure; the original is kept"));
    m_saveReport = new QPushButton(tr("Save Progress Report as PDF\u2026"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    connect(m_recordVisit, &QPushButton::clicked, this,
            &PatientProgressView::openRecordVisitDialog);
    connect(m_recordMeasure, &QPushButton::clicked, this,
            &PatientProgressView::openRecordMeasureDialog);
    connect(m_amend, &QPushButton::clicked, this, &PatientProgressView::openAmendDialog);
    connect(m_saveReport, &QPushButton::clicked, this, &PatientProgressView::openSaveReportDialog);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    for (QPushButton* b : {m_recordVisit, m_recordMeasure, m_amend, m_saveReport})
        header->addWidget(b);

    // Left: what was recorded, and its history.
    m_visitModel = new VisitTableModel(this);
    m_visitProxy = new QSortFilterProxyModel(this);
    m_visitProxy->setSourceModel(m_visitModel);
    m_visitProxy->setSortRole(VisitTableModel::SortRole);
    m_visitTable = makeTable(QStringLiteral("visitTable"), m_visitProxy);
    m_visitTable->setAccessibleName(tr("Visits"));
    m_visitTable->setSortingEnabled(true);
    m_visitTable->sortByColumn(VisitTableModel::Date, Qt::DescendingOrder);
    m_measureModel = new MeasureTableModel(this);
    m_measureProxy = new QSortFilterProxyModel(this);
    m_measureProxy->setSourceModel(m_measureModel);
    m_measureProxy->setSortRole(MeasureTableModel::SortRole);
    m_measureTable = makeTable(QStringLiteral("measureTable"), m_measureProxy);
    m_measureTable->setSortingEnabled(true);
    m_measureTable->sortByColumn(MeasureTableModel::Date, Qt::DescendingOrder);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->addTab(m_visitTable, tr("Visits"));
    m_tabs->addTab(m_measureTable, tr("Outcome Measures"));
    m_showWithdrawn = new QCheckBox(tr("Show entries marked as entered in error"));
    m_showWithdrawn->setObjectName(QStringLiteral("showWithdrawnCheck"));
    m_history = new QTextBrowser;
    m_history->setObjectName(QStringLiteral("historyBrowser"));
    m_history->setOpenLinks(false);
    auto* historyLabel = new QLabel(tr("History of the selected entry"));
    QFont boldFont = historyLabel->font();
    boldFont.setBold(true);
    historyLabel->setFont(boldFont);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* leftSplit = new QSplitter(Qt::Vertical);
    leftSplit->addWidget(m_tabs);
    auto* historyBox = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history);
    leftSplit->addWidget(historyBox);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplit, 1);
    leftLayout->addWidget(m_showWithdrawn);

    // Right: what it means, and the charts.
    m_changeModel = new ChangeTableModel(this);
    m_changeTable = makeTable(QStringLiteral("changeTable"), m_changeModel);
    m_changeTable->setAccessibleName(tr("Change since the first visit"));
    m_changeTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_changeTable->horizontalHeader()->setStretchLastSection(true);
    m_charts = new ProgressChartsWidget;
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);
    auto* changeLabel = new QLabel(tr("Change since the first visit"));
    changeLabel->setFont(boldFont);
    // The change table is as tall as its rows, so the charts get the rest of the height.
    m_changeTable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_changeTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(changeLabel);
    rightLayout->addWidget(m_changeTable);
    rightLayout->addWidget(scroll, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("progressSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 6);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_visitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateHistory();
        updateActions();
    });
    connect(m_measureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                updateHistory();
                updateActions();
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateHistory();
        updateActions();
    });
    connect(m_showWithdrawn, &QCheckBox::toggled, this, &PatientProgressView::reloadRecords);
}

} // namespace gradus
