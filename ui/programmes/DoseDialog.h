#pragma once

#include "model/Prescription.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace gradus {

// "Edit dose…": the dose, rest, side, load, tempo and note of one prescription. OK is only
// accepted when DoseValidator accepts the prescription; its message is shown in the dialog.
// Only the dose types that fit the exercise can be chosen (`allowedTypes`; empty: all).
class DoseDialog : public QDialog
{
    Q_OBJECT

public:
    DoseDialog(const QString& exerciseName, const Prescription& prescription,
               QWidget* parent = nullptr, const QList<DoseType>& allowedTypes = {});

    Prescription prescription() const;
    // The validator's message for the current values; empty when they are valid.
    QString problem() const;

    QSpinBox* setsField() const { return m_sets; }
    QSpinBox* repsField() const { return m_reps; }
    QComboBox* typeField() const { return m_type; }

    void accept() override;

private:
    void updateEnabled();
    void validate();

    Prescription m_original;
    QString m_exerciseName;
    QList<DoseType> m_allowed;
    QComboBox* m_type = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_metres = nullptr;
    QCheckBox* m_perSide = nullptr;
    QSpinBox* m_perDay = nullptr;
    QSpinBox* m_perWeek = nullptr;
    QSpinBox* m_rest = nullptr;
    QComboBox* m_side = nullptr;
    QLineEdit* m_load = nullptr;
    QLineEdit* m_tempo = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Greys out the dose types of a type combo (item data: int(DoseType)) that do not fit;
// `allowed` empty offers them all. Shared with DoseCellEditor.
void setDoseTypesOffered(QComboBox* combo, const QList<DoseType>& allowed);

} // namespace gradus
