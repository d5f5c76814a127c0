#pragma once

#include "model/ExerciseProperties.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace gradus {

// Filters the exercise list for the library browser: text, category, position, equipment,
// and the most spinal load and impact the clinician will accept. Sorted by name.
class ExerciseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseFilterModel(QObject* parent = nullptr);

    // Words are matched separately: "knee chest" finds "Knee to chest".
    void setSearchText(const QString& text);
    void setCategory(std::optional<ExerciseCategory> category);
    void setPosition(std::optional<BodyPosition> position);
    // Exercises that need this item; with `nothingNeeded` only those needing nothing.
    void setEquipment(std::optional<Equipment> item);
    void setNothingNeeded(bool nothingNeeded);
    void setMaxSpinalLoad(std::optional<SpinalLoad> load);
    void setMaxImpact(std::optional<Impact> impact);
    void setShowRetired(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    std::optional<ExerciseCategory> m_category;
    std::optional<BodyPosition> m_position;
    std::optional<Equipment> m_equipment;
    bool m_nothingNeeded = false;
    std::optional<SpinalLoad> m_maxLoad;
    std::optional<Impact> m_maxImpact;
    bool m_showRetired = false;
};

} // namespace gradus
