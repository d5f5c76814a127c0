#pragma once

#include "model/Prescription.h"

#include <QGroupBox>
#include <QHash>

class QLabel;
class QTableView;

namespace gradus {

class SafetyFindingsModel;
class Workspace;

// The builder's "Safety findings" side panel: runs the safety check over the programme on
// screen (setProgramme) and lists what it found. It only reports; changes to the programme
// are asked of the builder through signals so that they stay undoable edits there.
class SafetyFindingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SafetyFindingsPanel(Workspace& workspace, QWidget* parent = nullptr);

    SafetyFindingsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setExerciseNames(const QHash<qint64, QString>& names);

public slots:
    // Checks `programme` against its patient and shows the findings.
    void setProgramme(const Programme& programme);

signals:
    // The clinician chose to put `exerciseId` in place of the prescription at `row` (reading
    // order, as in ProgrammeTableModel).
    void replaceRequested(int row, qint64 exerciseId);
    // Something the clinician should read in the builder's status line.
    void problem(const QString& message);

private:
    void showFindings();

    Workspace& m_workspace;
    SafetyFindingsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    Programme m_programme;
};

} // namespace gradus
