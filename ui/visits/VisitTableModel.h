#pragma once

#include "model/Visit.h"

#include "RecordTableModel.h"

namespace gradus {

// A patient's visits as they stand now, one row each, oldest first. Raw values (dates,
// numbers) are under SortRole so that a proxy sorts 10 after 9.
class VisitTableModel : public RecordTableModel<Visit>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Record,
        PainNow,
        PainRange,
        PainExercise,
        PainNextMorning,
        Activity,
        Adherence,
        LegSymptoms,
        NeuroSigns,
        Clinician,
        ColumnCount
    };

    explicit VisitTableModel(QObject* parent = nullptr) : RecordTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace gradus
