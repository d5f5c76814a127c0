#include "ProgrammeRowsPanel.h"

#include "ProgrammeTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gradus {

ProgrammeRowsPanel::ProgrammeRowsPanel(ProgrammeTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Library exercises are dropped in (copied); the table's own rows are dragged to reorder.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDropIndicatorShown(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per exercise; the dose is shown whole, a long note is cut (its tooltip has it).
    // Section and side are short words: sized to their contents; the note takes what is left.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgrammeTableModel::NoteColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);

    m_doseButton = new QPushButton(tr("Edit &dose…"));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_upButton = new QPushButton(tr("Move &up"));
    m_downButton = new QPushButton(tr("Move do&wn"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_doseButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addWidget(m_upButton);
    rowButtons->addWidget(m_downButton);
    rowButtons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);

    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { emit doseRequested(index.row()); });
    connect(m_doseButton, &QPushButton::clicked, this,
            [this] { emit doseRequested(selectedRow()); });
    connect(m_removeButton, &QPushButton::clicked, this,
            [this] { emit removeRequested(selectedRow()); });
    connect(m_upButton, &QPushButton::clicked, this,
            [this] { emit moveRequested(selectedRow(), -1); });
    connect(m_downButton, &QPushButton::clicked, this,
            [this] { emit moveRequested(selectedRow(), 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgrammeRowsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgrammeRowsPanel::updateButtons);
    updateButtons();
}

int ProgrammeRowsPanel::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ProgrammeRowsPanel::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
}

void ProgrammeRowsPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setAcceptDrops(editable);
    m_model->setRowsMovable(editable);
    updateButtons();
}

void ProgrammeRowsPanel::updateButtons()
{
    const int row = selectedRow();
    m_doseButton->setEnabled(m_editable && row >= 0);
    m_removeButton->setEnabled(m_editable && row >= 0);
    m_upButton->setEnabled(m_editable && row > 0);
    m_downButton->setEnabled(m_editable && row >= 0 && row < m_model->rowCount() - 1);
}

bool ProgrammeRowsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            emit removeRequested(selectedRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gradus
