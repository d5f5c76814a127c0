#pragma once

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gradus {

class RedFlagBanner;
class RedFlagHistoryModel;
class Workspace;

// The patient view's "Red flags" tab: the banner for unresolved flags, the screen history,
// and buttons to record a screen or the decision on the latest one. Screens are clinical
// records: they are only ever added (a later screen supersedes an earlier one), so these
// actions are not on the undo stack.
class RedFlagTab : public QWidget
{
    Q_OBJECT

public:
    explicit RedFlagTab(Workspace& workspace, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    RedFlagBanner* banner() const { return m_banner; }
    QTableView* history() const { return m_history; }
    RedFlagHistoryModel* historyModel() const { return m_model; }
    QPushButton* decideButton() const { return m_decide; }
    // Opens the decision dialog for the latest screen when it has an unresolved flag.
    void recordDecision();

signals:
    void statusMessage(const QString& message);
    // After every reload: a short text while the latest screen has a flag without a decision
    // (empty otherwise), for the patient view to show whatever tab is open.
    void alertChanged(const QString& text, const QString& toolTip);

private:
    void reload();
    void recordScreen();

    Workspace& m_workspace;
    qint64 m_patientId = 0;
    qint64 m_latestUnresolved = 0;
    RedFlagBanner* m_banner = nullptr;
    RedFlagHistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_decide = nullptr;
};

} // namespace gradus
