#pragma once

#include "model/Prescription.h"
#include "pacing/PacingRecords.h"

#include "RecordTableModel.h"

#include <optional>

namespace gradus {

// A prescription of the patient's programme with its graded activity plan (if any).
struct PacingPrescriptionRow
{
    Prescription prescription;
    QString exerciseName;
    std::optional<PacingPlanRecord> plan;
    int weekCount = 0; // of the plan, when there is one
    // Why the plan could not be read; then `plan` is empty and says nothing about whether the
    // exercise has one.
    QString planUnreadable;
};

// One row per prescription of the patient's programme: what the Pacing tab lists.
class PacingPrescriptionModel : public RecordTableModel<PacingPrescriptionRow>
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
    using Row = PacingPrescriptionRow;

    explicit PacingPrescriptionModel(QObject* parent = nullptr)
        : RecordTableModel(ColumnCount, parent)
    {
    }

    const Row& row(int index) const { return records().at(index); }
    int rowOfPrescription(qint64 prescriptionId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Week 2 of 6: 9 minutes a day", "Stopped", "No plan" or "Could not be read".
    static QString planText(const Row& row);
};

} // namespace gradus
