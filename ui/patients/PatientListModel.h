#pragma once

#include "model/Patient.h"
#include "notify/StoreNotifier.h"
#include "patients/PatientSearchIndex.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThread>

#include <memory>

namespace gradus {

class Workspace;

// Every patient of the store, one row each, in display order (family name, given name,
// date of birth). The rows and the PatientSearchIndex are kept in the same order, so
// PatientFilterProxy can filter by position. Follows the StoreNotifier: a patient added,
// changed or removed anywhere updates one row; a reset reloads.
//
// A big clinic loads in the background (Loading::InBackground, from kBackgroundFrom
// patients): the first screenful is read at once through the name index, and the whole list,
// with its search index, is read and built on a thread of its own with its own connection, then
// swapped in with one reset. Until then searches go to the store (showSearchResults).
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Loading
    {
        Now,
        InBackground,
    };
    static constexpr int kBackgroundFrom = 5000;
    static constexpr int kFirstScreenful = 200;

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
        SortRole =
            Qt::UserRole + 1, // raw values: position (rows are in name order), QDate, int, text
        IdRole,               // qint64
        ArchivedRole,         // bool
    };

    explicit PatientListModel(Workspace& workspace, QObject* parent = nullptr,
                              Loading loading = Loading::Now);
    ~PatientListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads every patient again (also done on construction).
    Status reload();
    // True from construction in the background until the whole list has arrived.
    bool isLoading() const { return m_loading; }
    // While loading: the patients of the store that match `text` (SQL), or the first
    // screenful again when it is empty. Ignored once the whole list is here.
    void showSearchResults(const QString& text);
    // Replaces the rows with `patients` (what reload() does after reading them).
    void setPatients(const QList<Patient>& patients);

    qint64 idAt(int row) const { return m_rows.value(row).id; }
    int rowOf(qint64 id) const { return m_index.indexOf(id); }
    const PatientSearchIndex& searchIndex() const { return m_index; }

signals:
    // Reading from the store failed; the list keeps what it had.
    void loadFailed(const gradus::Error& error);
    // The whole list arrived after a background load.
    void loaded();

private:
    struct Row
    {
        qint64 id = 0;
        QString listName;
        QDate dateOfBirth;
        QString clinicNumber;
        bool archived = false;
    };
    // What the background thread builds: the rows and their search index, in display order.
    struct Prepared
    {
        QList<Row> rows;
        PatientSearchIndex index;
    };
    static Prepared prepare(const QList<Patient>& patients);
    void adopt(Prepared prepared);
    void startBackgroundLoad();
    void finishBackgroundLoad(const std::shared_ptr<Result<Prepared>>& result);
    static Row makeRow(const Patient& patient);
    void onAdded(StoreNotifier::Kind kind, qint64 id);
    void onChanged(StoreNotifier::Kind kind, qint64 id);
    void onRemoved(StoreNotifier::Kind kind, qint64 id);
    void onReset(StoreNotifier::Kind kind);
    void upsert(const Patient& patient);

    Workspace& m_workspace;
    QList<Row> m_rows;
    PatientSearchIndex m_index;
    bool m_loading = false;
    bool m_staleLoad = false; // changed while the background load read its snapshot
    std::unique_ptr<QThread> m_thread;
};

} // namespace gradus
