#pragma once

#include "model/Patient.h"
#include "notify/StoreNotifier.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace gradus {

class EpisodesTab;
class PatientDetailsTab;
class PatientEditor;

// One patient at a glance: a header with name, age, sex, date of birth, clinic number and
// the open episode's phase and active conditions, then tabs (Details, Episodes & profile).
// Other features add their own tabs with addTab() and follow patientChanged().
class PatientView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientView(PatientEditor& editor, QWidget* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    // Adds a tab after the built-in ones; the widget should follow patientChanged().
    int addTab(QWidget* page, const QString& title);
    // Adds a tab that is shown the patient only when it is on screen: `show` gets the
    // patient's id when the tab is the current one as the patient changes, or later when the
    // clinician turns to it. Opening a patient then reads what is on screen, not every tab.
    int addFollowingTab(QWidget* page, const QString& title, std::function<void(qint64)> show);
    // Brings a following tab up to the patient shown now, on screen or not (Print in the menu
    // reads the programme tab).
    void bringUpToDate(QWidget* page);
    QTabWidget* tabs() const { return m_tabs; }
    // Turns to the tab that is or holds `widget` (a tab built on first use holds its view).
    void showTab(QWidget* widget);
    EpisodesTab* episodesTab() const { return m_episodes; }
    PatientDetailsTab* detailsTab() const { return m_details; }
    // Something about this patient a tab must not let the clinician miss (unresolved red flags):
    // a badge beside the name, whatever tab is open, that opens `page`; the page's tab gets a
    // warning icon. An empty text clears it.
    void setAlert(QWidget* page, const QString& text, const QString& toolTip = {});
    QPushButton* alertBadge() const { return m_alert; }
    // Saves the dialog's edit; a conflict with another desk opens ConflictDialog.
    Status saveEdit(const Patient& before, const Patient& after);

public slots:
    // Shows the patient with this id; 0 shows the empty state.
    void setPatientId(qint64 patientId);
    void editPatient();
    void toggleArchived();
    // Asks for explicit confirmation (ErasePatientDialog) first.
    void erasePatient();

signals:
    // The patient shown changed (0: none). Tabs added by other features listen here.
    void patientChanged(qint64 patientId);
    void statusMessage(const QString& message);

private:
    void refresh();
    void onStoreChanged(StoreNotifier::Kind kind, qint64 id);
    void onStoreRemoved(StoreNotifier::Kind kind, qint64 id);
    QString profileSummary() const;

    struct Follower
    {
        QWidget* page = nullptr;
        std::function<void(qint64)> show;
        qint64 shownFor = -1;
    };
    QList<Follower> m_followers;

    PatientEditor& m_editor;
    qint64 m_patientId = 0;
    Patient m_patient;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_archivedBadge = nullptr;
    QPushButton* m_alert = nullptr;
    QWidget* m_alertPage = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_erase = nullptr;
    QTabWidget* m_tabs = nullptr;
    PatientDetailsTab* m_details = nullptr;
    EpisodesTab* m_episodes = nullptr;
};

} // namespace gradus
