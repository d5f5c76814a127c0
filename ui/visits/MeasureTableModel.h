#pragma once

#include "model/Measure.h"

#include <QAbstractTableModel>
#include <QList>

namespace gradus {

// A patient's outcome measures as they stand now, oldest first.
class MeasureTableModel : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setMeasures(QList<Measure> measures);
    const QList<Measure>& measures() const { return m_measures; }
    int rowOf(qint64 measureId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Measure> m_measures;
};

} // namespace gradus
