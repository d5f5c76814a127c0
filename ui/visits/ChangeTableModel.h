#pragma once

#include "outcomes/ChangeInterpretation.h"

#include <QAbstractTableModel>
#include <QList>

namespace gradus {

// Baseline-to-latest change per measure and whether it is clinically important: the rows
// of ProgressData::changes.
class ChangeTableModel : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int VerdictRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(QList<gradus::Change> changes);
    const QList<gradus::Change>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<gradus::Change> m_changes;
};

} // namespace gradus
