#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace gradus {

// What every read-only table of records shares: the records as one list, replaced whole, and
// the counts. A subclass says what each column shows (data, headerData). Raw values go under
// SortRole so that a proxy sorts 10 after 9; IdRole gives a record's id where it has one.
template <typename Record> class RecordTableModel : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RecordTableModel(int columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(columns)
    {
    }

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record>& records() const { return m_records; }

    // The row of the record with this id, or -1.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_records.size(); ++i)
            if (m_records[i].id == id)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    // The record shown at `index`, or nullptr when the index is not one of this model's cells.
    const Record* recordAt(const QModelIndex& index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_records.at(index.row());
    }

private:
    QList<Record> m_records;
    int m_columns;
};

} // namespace gradus
