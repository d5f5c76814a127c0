#pragma once

#include "model/Prescription.h"
#include "pacing/PacingRecords.h"

#include <QAbstractTableModel>

#include <optional>

namespace gradus {

// One row per prescription of the patient's programme, with its graded activity plan (if
// any): what the Pacing tab lists.
class PacingPrescriptionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ExerciseColumn,
        DoseColumn,
        PlanColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Row
    {
        Prescription prescription;
        QString exerciseName;
        std::optional<PacingPlanRecord> plan;
        int weekCount = 0; // of the plan, when there is one
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    const Row& row(int index) const { return m_rows.at(index); }
    int rowOfPrescription(qint64 prescriptionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Week 2 of 6: 9 minutes a day", "Stopped", or "No plan".
    static QString planText(const Row& row);

private:
    QList<Row> m_rows;
};

} // namespace gradus
