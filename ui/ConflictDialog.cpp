#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gradus {

ConflictDialog::ConflictDialog(const QString& message, const QList<MergeRow>& rows, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed on Another Desk"));
    auto* intro = new QLabel(message, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(rows.size()), 4, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setAccessibleName(tr("Fields changed here and on the other desk"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("Your change"), tr("Stored now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    for (int r = 0; r < rows.size(); ++r) {
        const MergeRow& row = rows.at(r);
        // Every cell holds its value (an empty cell means an empty field, never "unchanged").
        const QStringList cells{row.label, row.base, row.mine, row.theirs};
        for (int c = 0; c < cells.size(); ++c) {
            // QTableWidgetItem shows its text literally: user text is never rich text here.
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.changedByMe && row.changedByThem) {
                // Both desks changed this field: the one to look at before choosing.
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Changed on both desks"));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->resizeRowsToContents();

    auto* hint = new QLabel(tr("Fields in bold were changed on both desks. Applying your "
                               "changes keeps the other desk's changes to every other field."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* apply = buttons->addButton(tr("&Apply My Changes to the Stored Record"),
                                            QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyMine"));
    QPushButton* discard =
        buttons->addButton(tr("&Discard My Changes"), QDialogButtonBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardMine"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace gradus
