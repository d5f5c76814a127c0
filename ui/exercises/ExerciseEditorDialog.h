#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gradus {

// Edits everything a clinician may change about an exercise: its text for the patient, the
// default dose and the properties the safety rules use. `save` is called on OK; when it
// refuses, its message is shown and the dialog stays open with nothing lost.
class ExerciseEditorDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Exercise&)>;

    ExerciseEditorDialog(const Exercise& exercise, Save save, QWidget* parent = nullptr);

    // The exercise as the form now describes it.
    Exercise exercise() const;
    QString errorText() const;

    // For tests and scripted use.
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* instructionsEdit() const { return m_instructions; }
    QSpinBox* repsSpin() const { return m_reps; }
    QComboBox* categoryCombo() const { return m_category; }

public slots:
    void accept() override;

private:
    QWidget* createGeneralTab();
    QWidget* createTextTab();
    QWidget* createPropertiesTab();
    void updateDoseFields();
    void updateMovementBoxes();

    Exercise m_original;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_summary = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_position = nullptr;
    QHash<int, QCheckBox*> m_equipment;
    QComboBox* m_doseType = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_metres = nullptr;
    QCheckBox* m_perSide = nullptr;
    QSpinBox* m_perDay = nullptr;
    QSpinBox* m_daysPerWeek = nullptr;
    QHash<int, QCheckBox*> m_doseTypes; // by DoseType
    QPlainTextEdit* m_instructions = nullptr;
    QPlainTextEdit* m_feel = nullptr;
    QPlainTextEdit* m_stopIf = nullptr;
    QHash<int, QCheckBox*> m_movements;
    QCheckBox* m_endRange = nullptr;
    QComboBox* m_load = nullptr;
    QComboBox* m_impact = nullptr;
    QComboBox* m_balance = nullptr;
    QCheckBox* m_loaded = nullptr;
    QCheckBox* m_overhead = nullptr;
    QCheckBox* m_liftFromFloor = nullptr;
    QLineEdit* m_regressions = nullptr;
    QLineEdit* m_progressions = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gradus
