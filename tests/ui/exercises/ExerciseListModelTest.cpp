// The library browser's item models, checked by QAbstractItemModelTester while the store
// changes underneath them, and the filters a clinician uses.
#include "exercises/ExerciseListModel.h"
#include "Workspace.h"
#include "exercises/ExerciseFilterModel.h"
#include "exercises/ExerciseLibrary.h"
#include "storage/ExerciseRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>

using namespace gradus;

namespace {

class ExerciseListModelTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_model = std::make_unique<ExerciseListModel>(*m_workspace);
        m_filter = std::make_unique<ExerciseFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids << m_filter->index(row, 0).data(ExerciseListModel::StableIdRole).toString();
        return ids;
    }

    qint64 idOf(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ExerciseListModel> m_model;
    std::unique_ptr<ExerciseFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

} // namespace

TEST_F(ExerciseListModelTest, ShowsEveryExerciseWithItsProperties)
{
    auto count = ExerciseRepository(*m_workspace).count();
    EXPECT_EQ(m_model->rowCount(), *count);
    EXPECT_EQ(m_model->columnCount(), ExerciseListModel::ColumnCount);
    const int row = m_model->rowOf(idOf(QStringLiteral("running")));
    ASSERT_GE(row, 0);
    auto cell = [&](ExerciseListModel::Column c, int role = Qt::DisplayRole) {
        return m_model->index(row, c).data(role);
    };
    EXPECT_EQ(cell(ExerciseListModel::Name).toString(), QStringLiteral("Running"));
    EXPECT_EQ(cell(ExerciseListModel::Impact).toString(), enumLabel(Impact::High));
    EXPECT_EQ(cell(ExerciseListModel::Impact, ExerciseListModel::SortRole).toInt(),
              int(Impact::High));
    EXPECT_EQ(cell(ExerciseListModel::Equipment).toString(), QStringLiteral("None"));
    EXPECT_EQ(cell(ExerciseListModel::Status).toString(), QStringLiteral("Built-in"));
    const QIcon icon = cell(ExerciseListModel::Name, Qt::DecorationRole).value<QIcon>();
    EXPECT_FALSE(icon.isNull());
    const QPixmap thumbnail =
        cell(ExerciseListModel::Name, ExerciseListModel::ThumbnailRole).value<QPixmap>();
    EXPECT_EQ(thumbnail.deviceIndependentSize().toSize(), ExerciseListModel::thumbnailSize());
    EXPECT_EQ(m_model->headerData(ExerciseListModel::SpinalLoad, Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
              QStringLiteral("Spinal load"));
}

TEST_F(ExerciseListModelTest, FollowsTheStoreThroughTheNotifier)
{
    ExerciseRepository repository(*m_workspace);
    const int before = m_model->rowCount();
    auto copy =
        repository.duplicate(idOf(QStringLiteral("plank")), QStringLiteral("Plank on a bench"));
    ASSERT_TRUE(copy);
    EXPECT_EQ(m_model->rowCount(), before + 1);
    const int row = m_model->rowOf(*copy);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_model->index(row, ExerciseListModel::Status).data().toString(),
              QStringLiteral("Clinic's own"));

    Exercise changed = *repository.byId(*copy);
    changed.name = QStringLiteral("Plank on a low bench");
    ASSERT_TRUE(repository.update(changed));
    EXPECT_EQ(m_model->index(m_model->rowOf(*copy), ExerciseListModel::Name).data().toString(),
              QStringLiteral("Plank on a low bench"));

    ASSERT_TRUE(repository.setRetired(*copy, true));
    EXPECT_EQ(m_model->index(m_model->rowOf(*copy), ExerciseListModel::Status).data().toString(),
              QStringLiteral("Retired"));

    ASSERT_TRUE(repository.remove(*copy));
    EXPECT_EQ(m_model->rowCount(), before);
    EXPECT_EQ(m_model->rowOf(*copy), -1);

    emit m_workspace->notifier().reset(StoreNotifier::Kind::Exercise);
    EXPECT_EQ(m_model->rowCount(), before);
}

TEST_F(ExerciseListModelTest, DragsCarryTheDatabaseIds)
{
    const qint64 plank = idOf(QStringLiteral("plank"));
    const qint64 bridge = idOf(QStringLiteral("glute_bridge"));
    EXPECT_EQ(m_model->mimeTypes(), QStringList{QStringLiteral("application/x-gradus-exercise")});
    const QModelIndexList indexes{m_model->index(m_model->rowOf(plank), 0),
                                  m_model->index(m_model->rowOf(plank), 2),
                                  m_model->index(m_model->rowOf(bridge), 0)};
    std::unique_ptr<QMimeData> mime(m_model->mimeData(indexes));
    ASSERT_TRUE(mime);
    EXPECT_TRUE(mime->hasFormat(QStringLiteral("application/x-gradus-exercise")));
    EXPECT_EQ(mime->data(QStringLiteral("application/x-gradus-exercise")),
              QByteArray::number(plank) + '\n' + QByteArray::number(bridge) + '\n');
    EXPECT_EQ(ExerciseListModel::idsFromMime(mime.get()), (QList<qint64>{plank, bridge}));
    EXPECT_TRUE(m_model->flags(indexes.first()).testFlag(Qt::ItemIsDragEnabled));

    // A retired exercise is not offered for new programmes, so it cannot be dragged.
    ASSERT_TRUE(ExerciseRepository(*m_workspace).setRetired(plank, true));
    const QModelIndex retired = m_model->index(m_model->rowOf(plank), 0);
    EXPECT_FALSE(m_model->flags(retired).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_EQ(m_model->mimeData({retired}), nullptr);
}

TEST_F(ExerciseListModelTest, FiltersNarrowTheList)
{
    const int all = m_filter->rowCount();
    EXPECT_EQ(all, m_model->rowCount());
    // Sorted by name.
    for (int row = 1; row < all; ++row)
        EXPECT_LE(m_filter->index(row - 1, 0).data().toString().toLower(),
                  m_filter->index(row, 0).data().toString().toLower());

    m_filter->setCategory(ExerciseCategory::Cautioned);
    EXPECT_EQ(m_filter->rowCount(), 8);
    EXPECT_TRUE(shownIds().contains(QStringLiteral("deadlift")));
    m_filter->setCategory(std::nullopt);

    m_filter->setPosition(BodyPosition::FourPointKneeling);
    for (const QString& id : shownIds())
        EXPECT_EQ(ExerciseRepository(*m_workspace).byStableId(id)->properties.position,
                  BodyPosition::FourPointKneeling);
    EXPECT_TRUE(shownIds().contains(QStringLiteral("bird_dog")));
    m_filter->setPosition(std::nullopt);

    m_filter->setEquipment(Equipment::Barbell);
    const QStringList barbell = shownIds();
    EXPECT_EQ(QSet<QString>(barbell.begin(), barbell.end()),
              (QSet<QString>{QStringLiteral("barbell_back_squat"), QStringLiteral("deadlift"),
                             QStringLiteral("overhead_press")}));
    m_filter->setEquipment(std::nullopt);
    m_filter->setNothingNeeded(true);
    EXPECT_TRUE(shownIds().contains(QStringLiteral("walking")));
    EXPECT_FALSE(shownIds().contains(QStringLiteral("plank")));
    m_filter->setNothingNeeded(false);

    m_filter->setMaxSpinalLoad(SpinalLoad::Low);
    m_filter->setMaxImpact(Impact::None);
    EXPECT_FALSE(shownIds().contains(QStringLiteral("running")));
    EXPECT_FALSE(shownIds().contains(QStringLiteral("deadlift")));
    EXPECT_FALSE(shownIds().contains(QStringLiteral("walking")));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("bird_dog")));
    m_filter->setMaxSpinalLoad(std::nullopt);
    m_filter->setMaxImpact(Impact::Low);
    EXPECT_TRUE(shownIds().contains(QStringLiteral("walking")));
    EXPECT_FALSE(shownIds().contains(QStringLiteral("jumping")));
    m_filter->setMaxImpact(std::nullopt);

    // Every word must match, anywhere in the name, summary, steps or id.
    m_filter->setSearchText(QStringLiteral("  KNEE chest "));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("knee_to_chest")));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("double_knee_to_chest")));
    EXPECT_FALSE(shownIds().contains(QStringLiteral("walking")));
    EXPECT_LT(m_filter->rowCount(), 8);
    m_filter->setSearchText(QString());
    EXPECT_EQ(m_filter->rowCount(), all);
}

TEST_F(ExerciseListModelTest, RetiredOnesAreHiddenUnlessAskedFor)
{
    const int all = m_filter->rowCount();
    ASSERT_TRUE(ExerciseRepository(*m_workspace).setRetired(idOf(QStringLiteral("sit_up")), true));
    EXPECT_EQ(m_filter->rowCount(), all - 1);
    EXPECT_FALSE(shownIds().contains(QStringLiteral("sit_up")));
    m_filter->setShowRetired(true);
    EXPECT_EQ(m_filter->rowCount(), all);
}
