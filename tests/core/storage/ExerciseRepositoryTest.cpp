// ExerciseRepository on SQLite and PostgreSQL: reading, the clinic's own exercises, edits,
// pictures, retiring, undo-level writes and change notification.
#include "storage/ExerciseRepository.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace gradus;

namespace {

class ExerciseRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<test::TestStore>(GetParam());
        GRADUS_REQUIRE_STORE(*m_store);
        auto db = m_store->open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_repository = std::make_unique<ExerciseRepository>(*m_workspace);
    }

    Exercise clinicExercise(const QString& name)
    {
        Exercise e;
        e.name = name;
        e.category = ExerciseCategory::Strength;
        e.properties.position = BodyPosition::Sitting;
        e.properties.equipment = {Equipment::Chair, Equipment::ResistanceBand};
        e.properties.loaded = true;
        e.instructions = {QStringLiteral("Sit tall."), QStringLiteral("Pull the band apart.")};
        e.dose.type = DoseType::Repetitions;
        e.dose.sets = 2;
        e.dose.reps = 12;
        e.dose.daysPerWeek = 3;
        e.regressions = {QStringLiteral("band_row")};
        return e;
    }

    std::unique_ptr<test::TestStore> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ExerciseRepository> m_repository;
};

} // namespace

TEST_P(ExerciseRepositoryTest, ReadsTheLibraryByEitherId)
{
    auto all = m_repository->list();
    ASSERT_TRUE(all);
    EXPECT_GE(all->size(), 40);
    for (qsizetype i = 1; i < all->size(); ++i)
        EXPECT_LE(all->at(i - 1).name, all->at(i).name) << "listed by name";
    auto byText = m_repository->find(QStringLiteral("bird_dog"));
    ASSERT_TRUE(byText);
    auto byNumber = m_repository->find(QString::number(byText->id));
    ASSERT_TRUE(byNumber);
    EXPECT_EQ(byNumber->stableId, QStringLiteral("bird_dog"));
    EXPECT_EQ(byNumber->properties.position, BodyPosition::FourPointKneeling);
    EXPECT_EQ(byNumber->dose.type, DoseType::Hold);
    EXPECT_TRUE(byNumber->dose.perSide);
    EXPECT_FALSE(byNumber->illustration.isEmpty());
    auto missing = m_repository->find(QStringLiteral("no_such_exercise"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, QStringLiteral("exercise.not_found"));
}

TEST_P(ExerciseRepositoryTest, CreatesClinicExercisesWithUniqueStableIds)
{
    QSignalSpy added(&m_workspace->notifier(), &StoreNotifier::added);
    auto first = m_repository->create(clinicExercise(QStringLiteral("Seated band pull-apart")));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    auto second = m_repository->create(clinicExercise(QStringLiteral("Seated band pull-apart")));
    ASSERT_TRUE(second);
    EXPECT_EQ(added.count(), 2);
    EXPECT_EQ(added.at(0).at(1).toLongLong(), *first);

    const Exercise a = *m_repository->byId(*first);
    const Exercise b = *m_repository->byId(*second);
    EXPECT_EQ(a.stableId, QStringLiteral("clinic_seated_band_pull_apart"));
    EXPECT_EQ(b.stableId, QStringLiteral("clinic_seated_band_pull_apart_2"));
    EXPECT_FALSE(a.isBuiltIn());
    EXPECT_EQ(a.properties.equipment,
              (QList<Equipment>{Equipment::Chair, Equipment::ResistanceBand}));
    EXPECT_TRUE(a.properties.loaded);
    EXPECT_EQ(a.dose.reps, 12);
    EXPECT_EQ(a.dose.daysPerWeek, 3);
    EXPECT_EQ(a.regressions, QStringList{QStringLiteral("band_row")});
    EXPECT_EQ(a.createdAt, m_clock.now());
}

TEST_P(ExerciseRepositoryTest, RefusesInvalidExercisesAndWritesNothing)
{
    const qint64 before = *m_repository->count();
    Exercise noName = clinicExercise(QString());
    auto r1 = m_repository->create(noName);
    ASSERT_FALSE(r1);
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("'name'")))
        << r1.error().message.toStdString();

    Exercise badLink = clinicExercise(QStringLiteral("Linked"));
    badLink.progressions = {QStringLiteral("no_such_exercise")};
    auto r2 = m_repository->create(badLink);
    ASSERT_FALSE(r2);
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("no_such_exercise")));

    Exercise notClinicId = clinicExercise(QStringLiteral("Taken"));
    notClinicId.stableId = QStringLiteral("plank_two");
    EXPECT_FALSE(m_repository->create(notClinicId));
    EXPECT_EQ(*m_repository->count(), before);
}

TEST_P(ExerciseRepositoryTest, DuplicateThenEditLeavesTheBuiltInAlone)
{
    const Exercise plank = *m_repository->byStableId(QStringLiteral("plank"));
    auto copyId = m_repository->duplicate(plank.id);
    ASSERT_TRUE(copyId) << copyId.error().message.toStdString();
    Exercise copy = *m_repository->byId(*copyId);
    EXPECT_EQ(copy.name, QStringLiteral("Plank (copy)"));
    EXPECT_EQ(copy.basedOn, QStringLiteral("plank"));
    EXPECT_TRUE(copy.stableId.startsWith(QStringLiteral("clinic_")));
    EXPECT_EQ(copy.instructions, plank.instructions);

    copy.name = QStringLiteral("Plank against the wall");
    copy.dose.holdSeconds = 20;
    ASSERT_TRUE(m_repository->update(copy));
    const Exercise after = *m_repository->byId(*copyId);
    EXPECT_EQ(after.name, QStringLiteral("Plank against the wall"));
    EXPECT_EQ(after.dose.holdSeconds, 20);
    EXPECT_FALSE(after.edited) << "only built-in exercises carry the edited flag";
    const Exercise original = *m_repository->byStableId(QStringLiteral("plank"));
    EXPECT_EQ(original.name, plank.name);
    EXPECT_FALSE(original.edited);
}

TEST_P(ExerciseRepositoryTest, EditingABuiltInMarksItEditedAndKeepsItsBookkeeping)
{
    Exercise walking = *m_repository->byStableId(QStringLiteral("walking"));
    const QString hash = walking.libraryHash;
    walking.dose.minutes = 5;
    walking.stableId = QStringLiteral("hijacked");
    walking.libraryHash = QStringLiteral("forged");
    QSignalSpy changed(&m_workspace->notifier(), &StoreNotifier::changed);
    ASSERT_TRUE(m_repository->update(walking));
    EXPECT_EQ(changed.count(), 1);
    const Exercise after = *m_repository->byId(walking.id);
    EXPECT_TRUE(after.edited);
    EXPECT_EQ(after.dose.minutes, 5);
    EXPECT_EQ(after.stableId, QStringLiteral("walking"));
    EXPECT_EQ(after.libraryHash, hash);
}

TEST_P(ExerciseRepositoryTest, PicturesAreStoredAsBytes)
{
    const Exercise plank = *m_repository->byStableId(QStringLiteral("plank"));
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i % 256)); // every byte value, zeros included
    ASSERT_TRUE(m_repository->setImage(plank.id, bytes, QStringLiteral("image/jpeg")));
    const Exercise withPicture = *m_repository->byId(plank.id);
    EXPECT_EQ(withPicture.image, bytes);
    EXPECT_EQ(withPicture.imageType, QStringLiteral("image/jpeg"));
    EXPECT_FALSE(withPicture.edited) << "a photo is not an edit of the content";

    // Lists leave the bytes out but say there is a picture.
    auto listed = m_repository->list();
    ASSERT_TRUE(listed);
    for (const Exercise& e : *listed)
        if (e.id == plank.id) {
            EXPECT_TRUE(e.image.isEmpty());
            EXPECT_TRUE(e.hasImage());
        }
    // An edit does not lose the picture.
    Exercise edited = withPicture;
    edited.image.clear();
    edited.summary = QStringLiteral("Changed.");
    ASSERT_TRUE(m_repository->update(edited));
    EXPECT_EQ(m_repository->byId(plank.id)->image, bytes);

    EXPECT_FALSE(m_repository->setImage(plank.id, bytes, QStringLiteral("text/plain")));
    ASSERT_TRUE(m_repository->setImage(plank.id, {}, {}));
    EXPECT_FALSE(m_repository->byId(plank.id)->hasImage());
}

TEST_P(ExerciseRepositoryTest, RetiredExercisesLeaveNewListsButStayReadable)
{
    const Exercise running = *m_repository->byStableId(QStringLiteral("running"));
    ASSERT_TRUE(m_repository->setRetired(running.id, true));
    auto inUse = m_repository->list(ExerciseRepository::Retired::Exclude);
    auto all = m_repository->list(ExerciseRepository::Retired::Include);
    ASSERT_TRUE(inUse && all);
    EXPECT_EQ(inUse->size() + 1, all->size());
    EXPECT_TRUE(
        std::none_of(inUse->begin(), inUse->end(), [](const Exercise& e) { return e.retired; }));
    EXPECT_TRUE(m_repository->byId(running.id)->retired);
    ASSERT_TRUE(m_repository->setRetired(running.id, false));
    EXPECT_FALSE(m_repository->byId(running.id)->retired);
    EXPECT_FALSE(m_repository->setRetired(987654, true));
}

TEST_P(ExerciseRepositoryTest, RemoveAndReinsertForUndo)
{
    auto id = m_repository->create(clinicExercise(QStringLiteral("Temporary")));
    ASSERT_TRUE(id);
    const Exercise snapshot = *m_repository->byId(*id);
    QSignalSpy removed(&m_workspace->notifier(), &StoreNotifier::removed);
    ASSERT_TRUE(m_repository->remove(*id));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(m_repository->byId(*id));
    ASSERT_TRUE(m_repository->reinsert(snapshot));
    const Exercise back = *m_repository->byId(*id);
    EXPECT_EQ(back.stableId, snapshot.stableId);
    EXPECT_EQ(back.name, QStringLiteral("Temporary"));
    // New records after a reinsert still get fresh ids.
    auto next = m_repository->create(clinicExercise(QStringLiteral("After")));
    ASSERT_TRUE(next) << next.error().message.toStdString();
    EXPECT_NE(*next, *id);

    const Exercise plank = *m_repository->byStableId(QStringLiteral("plank"));
    auto refused = m_repository->remove(plank.id);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("retire")));
}

TEST_P(ExerciseRepositoryTest, RestorePutsBackAnEarlierStateExactly)
{
    const Exercise before = *m_repository->byStableId(QStringLiteral("dead_bug"));
    Exercise changed = before;
    changed.name = QStringLiteral("Dead bug, slow");
    ASSERT_TRUE(m_repository->update(changed));
    ASSERT_TRUE(m_repository->byId(before.id)->edited);
    ASSERT_TRUE(m_repository->restore(before, *m_repository->byId(before.id)));
    const Exercise after = *m_repository->byId(before.id);
    EXPECT_EQ(after.name, before.name);
    EXPECT_FALSE(after.edited) << "undo makes it an unedited built-in again";
}

TEST_P(ExerciseRepositoryTest, RestoreRefusesWhenTheContentIsNotAsTheStepLeftIt)
{
    const Exercise before = *m_repository->byStableId(QStringLiteral("dead_bug"));
    Exercise changed = before;
    changed.name = QStringLiteral("Dead bug, slow");
    ASSERT_TRUE(m_repository->update(changed));
    const Exercise asLeft = *m_repository->byId(before.id);
    Exercise theirs = asLeft;
    theirs.dose.reps = 12;
    ASSERT_TRUE(m_repository->update(theirs));
    ASSERT_TRUE(m_repository->setImage(before.id, QByteArray("\x89PNG", 4), u"image/png"_qs));

    const Status refused = m_repository->restore(before, asLeft);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_repository->byId(before.id)->dose.reps, 12);
    // A picture is not content: set elsewhere, it stays when the content is put back.
    const Exercise now = *m_repository->byId(before.id);
    ASSERT_TRUE(m_repository->restore(asLeft, now));
    EXPECT_EQ(m_repository->byId(before.id)->dose.reps, changed.dose.reps);
    EXPECT_TRUE(m_repository->byId(before.id)->hasImage());
}

INSTANTIATE_TEST_SUITE_P(Backends, ExerciseRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
