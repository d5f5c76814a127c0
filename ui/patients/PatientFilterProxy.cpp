#include "patients/PatientFilterProxy.h"

#include "patients/PatientListModel.h"

namespace gradus {

PatientFilterProxy::PatientFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatientListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void PatientFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<PatientListModel*>(model);
    Q_ASSERT(m_model || !model);
    if (m_model) {
        // Connected before the base class connects its own handlers, so the answers by row
        // are up to date when it asks filterAcceptsRow() about inserted or moved rows.
        connect(m_model, &QAbstractItemModel::modelReset, this, &PatientFilterProxy::recompute);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &PatientFilterProxy::recompute);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PatientFilterProxy::recompute);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PatientFilterProxy::recompute);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &PatientFilterProxy::recompute);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PatientFilterProxy::recompute);
    }
    recompute();
    QSortFilterProxyModel::setSourceModel(model);
}

void PatientFilterProxy::recompute()
{
    if (m_model)
        m_model->searchIndex().match(m_searchText, m_showArchived, m_accepted);
    else
        m_accepted.clear();
}

void PatientFilterProxy::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    recompute();
    // A full invalidate() rebuilds the row mapping in one pass. invalidateRowsFilter()
    // would remove and insert rows range by range, which takes ~80 ms per keystroke when
    // a date of birth is typed into 100,000 patients (tests/bench/PatientListBench.cpp).
    invalidate();
}

void PatientFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    recompute();
    invalidate();
}

void PatientFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == PatientListModel::Name && order == Qt::AscendingOrder)
        column = -1; // the source order
    QSortFilterProxyModel::sort(column, order);
}

bool PatientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return sourceRow >= 0 && static_cast<size_t>(sourceRow) < m_accepted.size() &&
           m_accepted[static_cast<size_t>(sourceRow)] != 0;
}

qint64 PatientFilterProxy::idAt(int proxyRow) const
{
    return data(index(proxyRow, 0), PatientListModel::IdRole).toLongLong();
}

int PatientFilterProxy::proxyRowOf(qint64 id) const
{
    if (!m_model)
        return -1;
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_model->index(sourceRow, 0)).row();
}

} // namespace gradus
