#pragma once

#include <QFrame>

class QLabel;

namespace gradus {

class Workspace;

// A red strip for the patient view: every red flag of every screen without a recorded decision
// (what the handout gate refuses on), each with its tier and its screen's date, and what to
// do. Hidden when there are none.
class RedFlagBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RedFlagBanner(Workspace& workspace, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    void reload();
    QString text() const;

private:
    Workspace& m_workspace;
    qint64 m_patientId = 0;
    QLabel* m_label = nullptr;
};

} // namespace gradus
