#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace gradus {

class RecordHistoryModel;
class RefreshWhenShown;
class Workspace;

// The patient view's "History" tab: who changed which of the patient's records and when, as
// the database recorded it (the audit trail). Follows changes from this desk as they happen.
class RecordHistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit RecordHistoryTab(Workspace& workspace, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    RecordHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void reload();

    Workspace& m_workspace;
    qint64 m_patientId = 0;
    RefreshWhenShown* m_refresh = nullptr;
    QLabel* m_summary = nullptr;
    RecordHistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace gradus
