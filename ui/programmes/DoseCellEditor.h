#pragma once

#include "model/ExerciseProperties.h"

#include <QFrame>

class QBoxLayout;
class QComboBox;
class QSpinBox;

namespace gradus {

// The compact dose editor the programme table opens in a Dose cell: how the dose is counted
// and the numbers that type needs (sets and repetitions, holds and their seconds, minutes or
// metres) plus times per day and days per week, each a spin box whose suffix says what it is.
// Tab and Shift+Tab move between the fields (round in a circle, so that Tab never leaves a
// half-edited dose); Enter and Escape are the delegate's. The rest of a prescription (rest,
// load, tempo, each side) stays in the full dose dialog.
class DoseCellEditor : public QFrame
{
    Q_OBJECT

public:
    explicit DoseCellEditor(QWidget* parent = nullptr);

    void setDose(const Dose& dose);
    // The dose types that fit the exercise; the others are greyed out (empty: all).
    void setAllowedTypes(const QList<DoseType>& types);
    // The dose as edited; measures the type does not use are cleared, fields the editor does
    // not show (each side) are kept from setDose().
    Dose dose() const;

    QComboBox* typeField() const { return m_type; }
    QSpinBox* setsField() const { return m_sets; }
    QSpinBox* repsField() const { return m_reps; }
    QSpinBox* holdField() const { return m_hold; }
    QSpinBox* minutesField() const { return m_minutes; }
    QSpinBox* metresField() const { return m_metres; }
    QSpinBox* perDayField() const { return m_perDay; }
    QSpinBox* perWeekField() const { return m_perWeek; }
    // Lays the editor over `cell` (viewport coordinates) as wide as its fields need; again
    // whenever the type changes which fields there are.
    void placeAt(const QRect& cell);
    // The visible fields in Tab order.
    QList<QWidget*> fields() const;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    DoseType type() const;
    // The size it needs on one line, or with how often on a second line.
    QSize sizeHintFor(bool twoLines) const;
    void place();
    void typeChosen();
    void showFieldsFor(DoseType type);
    bool contains(const QWidget* widget) const;

    Dose m_original;
    QRect m_cell;
    QBoxLayout* m_layout = nullptr;
    QBoxLayout* m_amount = nullptr; // type and the numbers of the amount
    QBoxLayout* m_often = nullptr;  // times per day, days per week
    QComboBox* m_type = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_metres = nullptr;
    QSpinBox* m_perDay = nullptr;
    QSpinBox* m_perWeek = nullptr;
};

} // namespace gradus
