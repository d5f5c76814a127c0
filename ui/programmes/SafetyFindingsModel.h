#pragma once

#include "programmes/SafetyFinding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gradus {

// The builder's "Safety findings" panel: one row per finding, most severe first. Empty until
// the safety engine calls setFindings(). Exercise names come from setExerciseNames() (the
// builder passes the library's names).
class SafetyFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        ExerciseColumn,
        ReasonColumn,
        SourceColumn,
        ColumnCount
    };
    // Raw values for sorting: the severity as an int (Avoid = 0 sorts first), names as text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SafetyFindingsModel(QObject* parent = nullptr);

    void setFindings(const PanelFindings& findings);
    const PanelFindings& findings() const { return m_findings; }
    void setExerciseNames(const QHash<qint64, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    PanelFindings m_findings;
    QHash<qint64, QString> m_names;
};

} // namespace gradus
