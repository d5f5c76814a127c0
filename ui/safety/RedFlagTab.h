#pragma once

#include "safety/RedFlagScreen.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gradus {

class RedFlagBanner;
class RedFlagHistoryModel;
class Workspace;

// The patient view's "Red flags" tab: the banner for flags without a decision, the screen
// history, and buttons to record a screen or the decision on the undecided flags of every
// screen (double-click a screen for its own). Screens and decisions are clinical records:
// they are only ever added, never undone, so these actions are not on the undo stack. A later
// screen does not decide an earlier screen's flags.
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
    // Opens the decision dialog with every undecided flag of every screen.
    void recordDecision();
    // Opens it with the undecided flags of one screen.
    void recordDecisionOn(qint64 screenId);

signals:
    void statusMessage(const QString& message);
    // After every reload: a short text while a flag of any screen has no decision (empty
    // otherwise), for the patient view to show whatever tab is open.
    void alertChanged(const QString& text, const QString& toolTip);

private:
    void reload();
    void recordScreen();
    void openDecision(const QList<RedFlagScreen>& screens);

    Workspace& m_workspace;
    qint64 m_patientId = 0;
    QList<RedFlagScreen> m_undecided; // the screens with a flag without a decision
    RedFlagBanner* m_banner = nullptr;
    RedFlagHistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_decide = nullptr;
};

} // namespace gradus
