#pragma once

#include "model/Measure.h"

#include "RecordTableModel.h"

namespace gradus {

// A patient's outcome measures as they stand now, oldest first.
class MeasureTableModel : public RecordTableModel<Measure>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Instrument,
        Score,
        Band,
        Record,
        ColumnCount
    };

    explicit MeasureTableModel(QObject* parent = nullptr) : RecordTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace gradus
