#include "ProgrammeRowsPanel.h"

#include "PrescriptionDelegate.h"
#include "ProgrammeTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gradus {

ProgrammeRowsPanel::ProgrammeRowsPanel(ProgrammeTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    m_table = new QTableView;
    m_table->setAccessibleName(tr("Exercises of the programme"));
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
    // Dose, side and note are edited in place (PrescriptionDelegate): F2, typing, or a click
    // on the row already selected. A double-click keeps opening the full dose dialog (rest,
    // load, tempo too); Qt holds the selected-click edit back until a double-click is ruled out.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::SelectedClicked);
    // Columns are fitted to the width (fitColumns): with room, one line per exercise and the
    // note takes what is left; beside the patient list at 1280 px, section, exercise and dose
    // wrap onto a second line rather than push the side and the note out of sight.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows fitted to their text would be cramped; keep a comfortable minimum to click and drag.
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 12);
    m_table->setItemDelegate(new PrescriptionDelegate(m_table));
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    m_doseButton = new QPushButton(tr("Edit &Dose…"));
    m_doseButton->setToolTip(tr("The whole dose in a dialog, with rest, load and tempo (also a "
                                "double-click). F2, typing a number or a click on the selected "
                                "row's dose edits it in the table."));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_upButton = new QPushButton(tr("Move &Up"));
    m_downButton = new QPushButton(tr("Move Do&wn"));
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgrammeRowsPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProgrammeRowsPanel::fitColumns);
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
    m_model->setCellsEditable(editable);
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

void ProgrammeRowsPanel::fitColumns()
{
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    using C = ProgrammeTableModel;
    QHeaderView* header = m_table->horizontalHeader();
    // Single-line widths: the header's and the widest cell's.
    QList<int> natural(C::ColumnCount);
    for (int c = 0; c < C::ColumnCount; ++c)
        natural[c] = std::max(header->sectionSizeHint(c),
                              static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(c));
    const int noteRoom = std::max(natural[C::NoteColumn], header->sectionSizeHint(C::NoteColumn));
    const int side = natural[C::SideColumn];
    const int flexible =
        natural[C::SectionColumn] + natural[C::ExerciseColumn] + natural[C::DoseColumn];
    // The note keeps at least a short phrase's width; what section, exercise and dose lack
    // they make up by wrapping, in proportion, never below a little under half.
    const int noteMin = std::min(noteRoom, 110);
    const double scale =
        std::clamp(double(available - side - noteMin) / std::max(1, flexible), 0.45, 1.0);
    for (int c : {C::SectionColumn, C::ExerciseColumn, C::DoseColumn})
        header->resizeSection(c, int(natural[c] * scale));
    header->resizeSection(C::SideColumn, side);
    int used = side;
    for (int c : {C::SectionColumn, C::ExerciseColumn, C::DoseColumn})
        used += header->sectionSize(c);
    header->resizeSection(C::NoteColumn, std::max(noteMin, available - used));
    // Row heights follow the wrapped text once the header has settled on the new widths.
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
}

bool ProgrammeRowsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();

    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            emit removeRequested(selectedRow());
            return true;
        }
        // F2 or a digit on the section or exercise (where a row selection puts the current
        // cell) edits the row's dose: the view then opens it, with the digit typed in.
        const QModelIndex current = m_table->currentIndex();
        const QString text = static_cast<QKeyEvent*>(event)->text();
        const bool digit = text.size() == 1 && text.front().isDigit();
        if (m_editable && current.isValid() && (key == Qt::Key_F2 || digit) &&
            !(m_model->flags(current) & Qt::ItemIsEditable))
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(current.row(), ProgrammeTableModel::DoseColumn),
                QItemSelectionModel::NoUpdate);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gradus
