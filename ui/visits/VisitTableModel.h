#pragma once

#include "model/Visit.h"

#include <QAbstractTableModel>
#include <QList>

namespace gradus {

// A patient's visits as they stand now, one row each, oldest first. Raw values (dates,
// numbers) are under SortRole so that a proxy sorts 10 after 9.
class VisitTableModel : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setVisits(QList<Visit> visits);
    const QList<Visit>& visits() const { return m_visits; }
    // The row of a visit id, or -1.
    int rowOf(qint64 visitId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Visit> m_visits;
};

} // namespace gradus
