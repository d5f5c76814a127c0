#pragma once

#include "model/Prescription.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;

namespace gradus {

// The programme's own fields in the builder: name, goal, start and review date. It shows a
// version (setProgramme) and, when the clinician has finished changing a field, hands the
// changed fields over as a copy (edited) for the builder to store as one undoable edit.
class ProgrammeDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeDetailsForm(QWidget* parent = nullptr);

    void setProgramme(const Programme& programme);
    void setEditable(bool editable);
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* goalField() const { return m_goal; }

signals:
    // `changed` is the version shown with the new name, goal and dates (sections untouched).
    void edited(const Programme& changed);

private:
    void fieldEdited();

    Programme m_programme;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_goal = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_review = nullptr;
    bool m_loading = false;
};

} // namespace gradus
