#pragma once

#include "model/Condition.h"
#include "patients/RecordFormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gradus {

class DateField;
class Workspace;

// Adds or edits one coded condition of an episode's profile. The code list comes from
// ConditionCatalog; the side and the number (pregnancy weeks) are offered only for codes
// that take them, and the code's description is shown so the choice is informed.
class ConditionDialog final : public RecordDialog<Condition>
{
    Q_OBJECT

public:
    ConditionDialog(Workspace& workspace, const Condition& condition, SaveFunction save,
                    QWidget* parent = nullptr);

    Condition record() const override;
    bool validate() override;

private:
    void codeChanged();

    QComboBox* m_code = nullptr;
    QLabel* m_description = nullptr;
    QComboBox* m_side = nullptr;
    QSpinBox* m_amount = nullptr;
    QLabel* m_amountLabel = nullptr;
    DateField* m_onset = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace gradus
