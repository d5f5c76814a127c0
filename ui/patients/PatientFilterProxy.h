#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace gradus {

class PatientListModel;

// Filters a PatientListModel as the user types. The matching itself happens in the model's
// PatientSearchIndex (one pass over pre-folded keys per keystroke); this proxy only looks up
// the answer by row. Unless a column header asks for another order, rows stay in the
// model's display order, so a keystroke never pays for sorting 100,000 rows.
class PatientFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatientFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);
    // Name ascending is the model's own order and costs nothing; other orders sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 idAt(int proxyRow) const;
    int proxyRowOf(qint64 id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void recompute();

    PatientListModel* m_model = nullptr;
    QString m_searchText;
    bool m_showArchived = false;
    std::vector<char> m_accepted; // by source row
};

} // namespace gradus
