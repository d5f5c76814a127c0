#include "exercises/ExerciseFilterModel.h"

#include "exercises/ExerciseListModel.h"

namespace gradus {

ExerciseFilterModel::ExerciseFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ExerciseListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(ExerciseListModel::Name);
}

void ExerciseFilterModel::setSearchText(const QString& text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ExerciseFilterModel::setCategory(std::optional<ExerciseCategory> category)
{
    m_category = category;
    invalidateFilter();
}

void ExerciseFilterModel::setPosition(std::optional<BodyPosition> position)
{
    m_position = position;
    invalidateFilter();
}

void ExerciseFilterModel::setEquipment(std::optional<Equipment> item)
{
    m_equipment = item;
    invalidateFilter();
}

void ExerciseFilterModel::setNothingNeeded(bool nothingNeeded)
{
    m_nothingNeeded = nothingNeeded;
    invalidateFilter();
}

void ExerciseFilterModel::setMaxSpinalLoad(std::optional<SpinalLoad> load)
{
    m_maxLoad = load;
    invalidateFilter();
}

void ExerciseFilterModel::setMaxImpact(std::optional<Impact> impact)
{
    m_maxImpact = impact;
    invalidateFilter();
}

void ExerciseFilterModel::setShowRetired(bool show)
{
    m_showRetired = show;
    invalidateFilter();
}

bool ExerciseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&](int role) { return i.data(role); };
    if (!m_showRetired && value(ExerciseListModel::RetiredRole).toBool())
        return false;
    if (m_category && value(ExerciseListModel::CategoryRole).toInt() != int(*m_category))
        return false;
    if (m_position && value(ExerciseListModel::PositionRole).toInt() != int(*m_position))
        return false;
    const QVariantList equipment = value(ExerciseListModel::EquipmentRole).toList();
    if (m_nothingNeeded && !equipment.isEmpty())
        return false;
    if (m_equipment && !equipment.contains(int(*m_equipment)))
        return false;
    if (m_maxLoad && value(ExerciseListModel::SpinalLoadRole).toInt() > int(*m_maxLoad))
        return false;
    if (m_maxImpact && value(ExerciseListModel::ImpactRole).toInt() > int(*m_maxImpact))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = value(ExerciseListModel::SearchTextRole).toString();
        for (const QString& word : m_words)
            if (!text.contains(word))
                return false;
    }
    return true;
}

} // namespace gradus
