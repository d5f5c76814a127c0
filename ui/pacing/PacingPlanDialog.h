#pragma once

#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gradus {

// Enter what a graded activity plan needs for one prescription: the tolerance attempts, the
// goal, and the percentages (prefilled from the clinic settings). The unit follows the
// prescription's dose. A preview line says what the plan will be, or what is wrong; OK is
// enabled only for a plan that can be made.
class PacingPlanDialog : public QDialog
{
    Q_OBJECT

public:
    PacingPlanDialog(const QString& exerciseName, const PlanParameters& defaults,
                     QWidget* parent = nullptr);

    // The prescription's dose now: the preview then says what storing the plan will make it
    // (week 1 of the plan becomes the programme's dose).
    void setPrescribedDose(const Dose& dose);

    PlanParameters parameters() const;
    // The plan the entries make, or what is wrong with them.
    Result<GradedActivityPlan> plan() const;

    QLineEdit* attemptsField() const { return m_attempts; }
    QDoubleSpinBox* goalField() const { return m_goal; }
    QSpinBox* baselineField() const { return m_baseline; }
    QSpinBox* weeklyField() const { return m_weekly; }
    QLabel* preview() const { return m_preview; }
    QPushButton* okButton() const;

private:
    void updatePreview();

    PacingUnit m_unit;
    QString m_exerciseName;
    std::optional<Dose> m_dose;
    QLineEdit* m_attempts = nullptr;
    QDoubleSpinBox* m_goal = nullptr;
    QSpinBox* m_baseline = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_bouts = nullptr;
    QDateEdit* m_start = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gradus
