#pragma once

#include "safety/RedFlagScreen.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gradus {

class ClinicSettings;

// The structured red-flag screen (CLINICAL.md section 1): flags grouped by tier with the
// tier's suggested action; when any flag is ticked, the decision and a note are required.
// The flag suggested by the patient's age (clinic thresholds) starts ticked.
class RedFlagScreenDialog : public QDialog
{
    Q_OBJECT

public:
    RedFlagScreenDialog(qint64 patientId, int patientAge, const ClinicSettings& settings,
                        const QString& clinician, QWidget* parent = nullptr);

    RedFlagScreen screen() const;
    void setFlagChecked(const QString& code, bool checked);
    void setDecision(RedFlagDecision decision, const QString& note);

    void accept() override;

private:
    void updateState();

    qint64 m_patientId = 0;
    QHash<QString, QCheckBox*> m_flags;
    QLineEdit* m_clinician = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace gradus
