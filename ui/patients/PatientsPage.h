#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gradus {

class StoreUndoStack;
class PatientEditor;
class PatientFilterProxy;
class PatientListModel;
class PatientView;
class Workspace;

// The Patients page: a searchable patient list beside the patient view.
// Keyboard: Ctrl+F goes to the search field, Ctrl+N adds a patient, Up/Down in the search
// field move through the list, Enter opens the selected (or first) patient.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    PatientsPage(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent = nullptr);

    PatientView* patientView() const { return m_view; }
    PatientEditor* editor() const { return m_editor; }
    PatientListModel* listModel() const { return m_model; }
    PatientFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    // Selects the patient in the list (clearing a search that hides them) and shows them.
    void showPatient(qint64 patientId);

public slots:
    void focusSearch();
    void newPatient();
    // Opens the selected patient, or the first one listed: moves the focus to the view.
    void openCurrent();
    void createDemoPatients();

signals:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildList();
    void updateCount();
    void onCurrentRowChanged();

    Workspace& m_workspace;
    PatientEditor* m_editor = nullptr;
    PatientListModel* m_model = nullptr;
    PatientFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    PatientView* m_view = nullptr;
    bool m_focusedOnce = false;
};

} // namespace gradus
