#include "PrescriptionDelegate.h"

#include "DoseCellEditor.h"
#include "ProgrammeTableModel.h"
#include "programmes/DoseValidator.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>
#include <optional>

namespace gradus {
namespace {

const Prescription* prescriptionOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const ProgrammeTableModel*>(index.model());
    return model ? model->prescriptionAt(index.row()) : nullptr;
}

// The prescription of `index` with what `editor` holds.
std::optional<Prescription> edited(QWidget* editor, const QModelIndex& index)
{
    const Prescription* current = prescriptionOf(index);
    if (!current)
        return std::nullopt;
    Prescription p = *current;
    if (auto* dose = qobject_cast<DoseCellEditor*>(editor))
        p.dose = dose->dose();
    else if (auto* side = qobject_cast<QComboBox*>(editor))
        p.side = PrescribedSide(side->currentData().toInt());
    else if (auto* note = qobject_cast<QLineEdit*>(editor))
        p.patientNote = note->text().trimmed();
    else
        return std::nullopt;
    return p;
}

} // namespace

QWidget* PrescriptionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                            const QModelIndex& index) const
{
    // A side chosen finishes the edit through the delegate's signals.
    auto* self = const_cast<PrescriptionDelegate*>(this);
    switch (index.column()) {
    case ProgrammeTableModel::DoseColumn: {
        return new DoseCellEditor(parent);
    }
    case ProgrammeTableModel::SideColumn: {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Side"));
        for (PrescribedSide s :
             {PrescribedSide::NotApplicable, PrescribedSide::Left, PrescribedSide::Right,
              PrescribedSide::Both, PrescribedSide::Alternate})
            combo->addItem(s == PrescribedSide::NotApplicable ? tr("Not applicable") : sideLabel(s),
                           int(s));
        // Choosing a side is the whole edit: store it at once.
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo, NoHint);
        });
        return combo;
    }
    case ProgrammeTableModel::NoteColumn: {
        auto* line = new QLineEdit(parent);
        line->setAccessibleName(tr("Note for the patient"));
        line->setPlaceholderText(tr("Printed on the handout under the exercise"));
        line->setMaxLength(DoseValidator::kMaxTextLength);
        return line;
    }
    default:
        return nullptr;
    }
}

void PrescriptionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const Prescription* p = prescriptionOf(index);
    if (!p)
        return;
    if (auto* dose = qobject_cast<DoseCellEditor*>(editor)) {
        QList<DoseType> allowed;
        for (int t : index.data(ProgrammeTableModel::DoseTypesRole).value<QList<int>>())
            allowed.append(DoseType(t));
        dose->setAllowedTypes(allowed);
        dose->setDose(p->dose);
    } else if (auto* side = qobject_cast<QComboBox*>(editor)) {
        side->setCurrentIndex(side->findData(int(p->side)));
    } else if (auto* note = qobject_cast<QLineEdit*>(editor)) {
        note->setText(p->patientNote);
        note->selectAll();
    }
}

void PrescriptionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (const auto p = edited(editor, index))
        model->setData(index, QVariant::fromValue(*p), Qt::EditRole);
}

void PrescriptionDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const
{
    if (!qobject_cast<DoseCellEditor*>(editor)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    static_cast<DoseCellEditor*>(editor)->placeAt(option.rect);
}

QSize PrescriptionDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != ProgrammeTableModel::NoteColumn)
        return hint;
    // One long note must not push the other exercises out of sight.
    const int twoLines = 2 * option.fontMetrics.lineSpacing() + 6;
    return {hint.width(), std::min(hint.height(), twoLines)};
}

bool PrescriptionDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* dose = qobject_cast<DoseCellEditor*>(watched);
    if (dose && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // The spin box has taken what was typed (the key came up from it). A refused dose
            // is committed all the same, so that the builder says why and stores nothing, and
            // the editor stays open with the values to correct or Escape.
            const bool valid = bool(DoseValidator::check(dose->dose()));
            emit commitData(dose);
            if (valid)
                emit closeEditor(dose, NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace gradus
