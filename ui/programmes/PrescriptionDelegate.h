#pragma once

#include <QStyledItemDelegate>

namespace gradus {

// The programme table's cells: edits the Dose (DoseCellEditor), the Side (a combo box that
// commits as soon as a side is chosen) and the Note (a line edit) in place. What is committed
// goes to ProgrammeTableModel::setData as a whole Prescription, which hands it to the builder
// as one undoable edit; the model itself never changes here.
// Enter commits; Escape cancels. A dose the validator refuses is still handed over (so that
// the builder's status line says why) but the editor stays open to be corrected or cancelled.
// Notes wrap onto at most two lines; the tooltip has the rest.
class PrescriptionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace gradus
