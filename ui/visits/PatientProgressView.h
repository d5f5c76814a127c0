#pragma once

#include "model/Measure.h"
#include "model/Visit.h"
#include "outcomes/ProgressData.h"
#include "util/Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoCommand;

namespace gradus {

class StoreUndoStack;
class RefreshWhenShown;

class ChangeTableModel;
class MeasureTableModel;
class ProgressChartsWidget;
class VisitTableModel;
class Workspace;

// One patient's visits, outcome measures and progress: the visit list with its amendment
// history, "Record Visit…", "Record Measure…", "Amend…", the change since the first visit
// and whether it is clinically important, the charts, and "Save Progress Report as PDF…".
// The patients view hosts it as a tab; it only needs a patient id.
class PatientProgressView : public QWidget
{
    Q_OBJECT

public:
    PatientProgressView(Workspace& workspace, StoreUndoStack* undoStack, QWidget* parent = nullptr);
    ~PatientProgressView() override;

    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    // Hides the patient's name line, for hosts that already show who the patient is (the
    // patient view's tab); the visit summary stays.
    void setTitleVisible(bool visible);

    // Who is recording at this desk: a per-desk setting (QSettings), by default the
    // operating-system account's name. See core/model/VisitClinician.h.
    QString clinicianName() const;
    void setClinicianName(const QString& name);

    // The actions behind the buttons, without their dialogs (the dialogs call these; tests
    // and other views may too). Each goes through the undo stack.
    Status recordVisit(const VisitRecord& record);
    // `shown`: the record as the amendment was made from it; one that has changed since is
    // a conflict.
    Status amendVisit(const Visit& shown, const VisitRecord& corrected, const QString& who,
                      const QString& reason);
    Status recordMeasure(MeasureInput input, const QString& who);
    Status amendMeasure(const Measure& shown, const QDate& takenOn, const MeasureAnswers& answers,
                        const QString& who, const QString& reason);
    Status saveReport(const QString& path);

    const ProgressData& progress() const { return m_data; }
    VisitTableModel* visitModel() const { return m_visitModel; }
    MeasureTableModel* measureModel() const { return m_measureModel; }
    ChangeTableModel* changeModel() const { return m_changeModel; }
    ProgressChartsWidget* charts() const { return m_charts; }
    QTableView* visitTable() const { return m_visitTable; }
    QTableView* measureTable() const { return m_measureTable; }
    QString historyText() const;
    void selectVisit(qint64 visitId);

public slots:
    void reload(); // the patient, then its records
    // Visits, measures and PSFS activities only: what a change of them needs.
    void reloadRecords();
    void openRecordVisitDialog();
    void openRecordMeasureDialog();
    void openAmendDialog();
    void openSaveReportDialog();

signals:
    // A visit was recorded through the dialog (not by undo/redo): pacing reviews follow it.
    void visitRecorded(qint64 patientId);

private:
    void buildUi();
    void updateHistory();
    void updateActions();
    std::optional<Visit> selectedVisit() const;
    std::optional<Measure> selectedMeasure() const;

    Workspace& m_workspace;
    StoreUndoStack* m_undoStack;
    qint64 m_patientId = 0;
    ProgressData m_data;
    QString m_patientName;
    bool m_patientFound = false; // the patient was there at the last reload()

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_recordVisit = nullptr;
    RefreshWhenShown* m_refresh = nullptr;
    QPushButton* m_recordMeasure = nullptr;
    QPushButton* m_amend = nullptr;
    QPushButton* m_saveReport = nullptr;
    QCheckBox* m_showWithdrawn = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_visitTable = nullptr;
    QTableView* m_measureTable = nullptr;
    QTableView* m_changeTable = nullptr;
    QTextBrowser* m_history = nullptr;
    VisitTableModel* m_visitModel = nullptr;
    MeasureTableModel* m_measureModel = nullptr;
    ChangeTableModel* m_changeModel = nullptr;
    QSortFilterProxyModel* m_visitProxy = nullptr;
    QSortFilterProxyModel* m_measureProxy = nullptr;
    ProgressChartsWidget* m_charts = nullptr;
};

} // namespace gradus
