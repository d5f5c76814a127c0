#pragma once

#include "pacing/GradedActivityPlan.h"

#include <QAbstractTableModel>

#include <optional>

namespace gradus {

// The weeks of a graded activity plan as a table, with what was actually done alongside
// once visits record it. Raw values (week number, start date, quota, actual) are under
// SortRole so that a proxy sorts numbers as numbers.
class PacingScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Week,
        Dates,
        DailyQuota,
        PerBout,
        Done,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PacingScheduleModel(QObject* parent = nullptr);

    void setPlan(const GradedActivityPlan& plan);
    void clear();
    const std::optional<GradedActivityPlan>& plan() const { return m_plan; }
    // What was done per plan week (the visits work feeds this); weeks not listed show a dash.
    void setActuals(const QList<WeekActual>& actuals);
    std::optional<double> actual(int week) const;
    static QString dateRange(const QDate& start, const QDate& end);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString amount(double value) const;

    std::optional<GradedActivityPlan> m_plan;
    QList<WeekActual> m_actuals;
};

} // namespace gradus
