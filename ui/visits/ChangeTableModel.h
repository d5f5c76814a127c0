#pragma once

#include "outcomes/ChangeInterpretation.h"

#include "RecordTableModel.h"

namespace gradus {

// Baseline-to-latest change per measure and whether it is clinically important: the rows
// of ProgressData::changes.
class ChangeTableModel : public RecordTableModel<gradus::Change>
{
    Q_OBJECT

public:
    enum Column
    {
        Measure,
        Baseline,
        Latest,
        Difference,
        Interpretation,
        Threshold,
        ColumnCount
    };
    static constexpr int VerdictRole = Qt::UserRole + 2;

    explicit ChangeTableModel(QObject* parent = nullptr) : RecordTableModel(ColumnCount, parent) {}

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace gradus
