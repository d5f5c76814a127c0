#pragma once

#include "model/Patient.h"
#include "patients/PatientSearchIndex.h"
#include "storage/StoreNotifier.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace gradus {

class Workspace;

// Every patient of the store, one row each, in display order (family name, given name,
// date of birth). The rows and the PatientSearchIndex are kept in the same order, so
// PatientFilterProxy can filter by position. Follows the StoreNotifier: a patient added,
// changed or removed anywhere updates one row; a reset reloads.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DateOfBirth,
        Age,
        ClinicNumber,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw values: sort key, QDate, int, text
        IdRole,                      // qint64
        ArchivedRole,                // bool
    };

    explicit PatientListModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads every patient again (also done on construction).
    Status reload();
    // Replaces the rows with `patients` (what reload() does after reading them).
    void setPatients(const QList<Patient>& patients);

    qint64 idAt(int row) const { return m_rows.value(row).id; }
    int rowOf(qint64 id) const { return m_index.indexOf(id); }
    const PatientSearchIndex& searchIndex() const { return m_index; }

signals:
    // Reading from the store failed; the list keeps what it had.
    void loadFailed(const gradus::Error& error);

private:
    struct Row
    {
        qint64 id = 0;
        QString listName;
        QString sortKey;
        QDate dateOfBirth;
        QString clinicNumber;
        bool archived = false;
    };
    static Row makeRow(const Patient& patient);
    void onAdded(StoreNotifier::Kind kind, qint64 id);
    void onChanged(StoreNotifier::Kind kind, qint64 id);
    void onRemoved(StoreNotifier::Kind kind, qint64 id);
    void onReset(StoreNotifier::Kind kind);
    void upsert(const Patient& patient);

    Workspace& m_workspace;
    QList<Row> m_rows;
    PatientSearchIndex m_index;
};

} // namespace gradus
