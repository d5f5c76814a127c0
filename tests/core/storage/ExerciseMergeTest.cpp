// First-start import and upgrade merge of the built-in library, on SQLite and PostgreSQL: a
// clinician's edits and own exercises survive, unedited exercises take the update, new ones
// arrive, withdrawn ones are retired, and a failed merge changes nothing.
#include "Workspace.h"
#include "exercises/ExerciseJson.h"
#include "exercises/ExerciseLibrary.h"
#include "storage/ExerciseRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlQuery>

using namespace gradus;

namespace {

Exercise findIn(const ExerciseLibraryFile& library, const QString& id)
{
    for (const Exercise& e : library.exercises)
        if (e.stableId == id)
            return e;
    ADD_FAILURE() << "no " << id.toStdString();
    return {};
}

void replaceIn(ExerciseLibraryFile& library, Exercise e)
{
    e.libraryVersion = library.libraryVersion;
    e.libraryHash = ExerciseJson::contentHash(e);
    for (Exercise& slot : library.exercises)
        if (slot.stableId == e.stableId) {
            slot = e;
            return;
        }
    library.exercises.append(e);
}

// The next library version, as a later Gradus would ship it.
ExerciseLibraryFile nextVersion(ExerciseLibraryFile library, int version)
{
    library.libraryVersion = version;
    library.fileHash = QStringLiteral("test-file-v%1").arg(version);
    for (Exercise& e : library.exercises)
        e.libraryVersion = version;
    return library;
}

class MergeTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<test::TestStore>(GetParam());
        GRADUS_REQUIRE_STORE(*m_store);
        auto db = m_store->open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        auto library = ExerciseLibrary::builtIn();
        ASSERT_TRUE(library);
        m_v1 = *library;
    }

    Exercise stored(const QString& id)
    {
        ExerciseRepository repository(*m_workspace);
        auto e = repository.byStableId(id);
        EXPECT_TRUE(e) << id.toStdString();
        return e ? *e : Exercise{};
    }

    std::unique_ptr<test::TestStore> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    std::unique_ptr<Workspace> m_workspace;
    ExerciseLibraryFile m_v1;
};

} // namespace

TEST_P(MergeTest, FirstStartImportsEverythingOnceInOneGo)
{
    QSignalSpy resets(&m_workspace->notifier(), &StoreNotifier::reset);
    auto first = ExerciseLibrary::ensureLoaded(*m_workspace);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_FALSE(first->unchanged);
    EXPECT_EQ(first->added, m_v1.exercises.size());
    EXPECT_EQ(resets.count(), 1);

    ExerciseRepository repository(*m_workspace);
    EXPECT_EQ(*repository.count(), m_v1.exercises.size());
    const Exercise plank = stored(QStringLiteral("plank"));
    EXPECT_TRUE(plank.isBuiltIn());
    EXPECT_FALSE(plank.edited);
    EXPECT_EQ(plank.libraryHash, findIn(m_v1, QStringLiteral("plank")).libraryHash);
    EXPECT_EQ(ExerciseJson::contentHash(plank), plank.libraryHash) << "stored exactly as shipped";

    auto second = ExerciseLibrary::ensureLoaded(*m_workspace);
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->unchanged);
    EXPECT_EQ(*repository.count(), m_v1.exercises.size());
    EXPECT_EQ(resets.count(), 1);
}

TEST_P(MergeTest, UpgradeKeepsClinicEditsAndTakesEverythingElse)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    ExerciseRepository repository(*m_workspace);

    // The clinic edits one built-in exercise, retires another, gives a third a photo, and
    // makes one of its own.
    Exercise birdDog = stored(QStringLiteral("bird_dog"));
    birdDog.instructions << QStringLiteral("Our clinic: breathe out as you reach.");
    ASSERT_TRUE(repository.update(birdDog));
    ASSERT_TRUE(stored(QStringLiteral("bird_dog")).edited);
    const Exercise pelvicTilt = stored(QStringLiteral("pelvic_tilt"));
    ASSERT_TRUE(repository.setRetired(pelvicTilt.id, true));
    const QByteArray photo("\x89PNG-not-really\0\1\2", 19);
    ASSERT_TRUE(repository.setImage(stored(QStringLiteral("plank")).id, photo,
                                    QStringLiteral("image/png")));
    Exercise own = stored(QStringLiteral("walking"));
    own.name = QStringLiteral("Nordic walking");
    own.stableId.clear();
    auto ownId = repository.create(own);
    ASSERT_TRUE(ownId) << ownId.error().message.toStdString();
    const Exercise ownBefore = *repository.byId(*ownId);

    // Library version 2 changes all four, adds one and drops one.
    ExerciseLibraryFile v2 = nextVersion(m_v1, 2);
    for (const char* id : {"bird_dog", "pelvic_tilt", "plank", "dead_bug"}) {
        Exercise e = findIn(v2, QString::fromLatin1(id));
        e.summary += QStringLiteral(" (revised)");
        replaceIn(v2, e);
    }
    Exercise added = findIn(v2, QStringLiteral("plank"));
    added.stableId = QStringLiteral("plank_with_leg_lift");
    added.name = QStringLiteral("Plank with leg lift");
    added.regressions = {QStringLiteral("plank")};
    added.progressions.clear();
    replaceIn(v2, added);
    v2.exercises.removeIf(
        [](const Exercise& e) { return e.stableId == QLatin1String("childs_pose"); });
    for (Exercise& e : v2.exercises) {
        e.regressions.removeAll(QStringLiteral("childs_pose"));
        e.progressions.removeAll(QStringLiteral("childs_pose"));
    }

    m_clock.advanceDays(30);
    auto report = ExerciseLibrary::merge(*m_workspace, v2);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->added, 1);
    EXPECT_EQ(report->keptEdited, 1);
    EXPECT_EQ(report->withdrawn, 1);
    EXPECT_GE(report->updated, 3);

    // The clinician's edit survives, and the waiting update is noted.
    const Exercise birdDogAfter = stored(QStringLiteral("bird_dog"));
    EXPECT_TRUE(birdDogAfter.edited);
    EXPECT_EQ(birdDogAfter.instructions.last(),
              QStringLiteral("Our clinic: breathe out as you reach."));
    EXPECT_FALSE(birdDogAfter.summary.endsWith(QStringLiteral("(revised)")));
    EXPECT_EQ(birdDogAfter.shippedHash, findIn(v2, QStringLiteral("bird_dog")).libraryHash);
    EXPECT_TRUE(birdDogAfter.libraryUpdateAvailable());

    // Unedited exercises take the update; the clinic's retired flag and photo stay.
    const Exercise deadBug = stored(QStringLiteral("dead_bug"));
    EXPECT_TRUE(deadBug.summary.endsWith(QStringLiteral("(revised)")));
    EXPECT_EQ(deadBug.libraryVersion, 2);
    EXPECT_FALSE(deadBug.libraryUpdateAvailable());
    const Exercise tilt = stored(QStringLiteral("pelvic_tilt"));
    EXPECT_TRUE(tilt.summary.endsWith(QStringLiteral("(revised)")));
    EXPECT_TRUE(tilt.retired);
    EXPECT_EQ(tilt.id, pelvicTilt.id) << "programmes keep pointing at the same record";
    const Exercise plank = stored(QStringLiteral("plank"));
    EXPECT_TRUE(plank.summary.endsWith(QStringLiteral("(revised)")));
    EXPECT_EQ(plank.image, photo);
    EXPECT_EQ(plank.imageType, QStringLiteral("image/png"));

    // New ones arrive; withdrawn ones are retired, not deleted.
    const Exercise fresh = stored(QStringLiteral("plank_with_leg_lift"));
    EXPECT_TRUE(fresh.isBuiltIn());
    EXPECT_FALSE(fresh.retired);
    EXPECT_TRUE(stored(QStringLiteral("childs_pose")).retired);

    // The clinic's own exercise is untouched.
    const Exercise ownAfter = *repository.byId(*ownId);
    EXPECT_EQ(ownAfter.name, ownBefore.name);
    EXPECT_EQ(ownAfter.updatedAt, ownBefore.updatedAt);
    EXPECT_FALSE(ownAfter.isBuiltIn());

    // Merging the same file again does nothing.
    auto again = ExerciseLibrary::merge(*m_workspace, v2);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->unchanged);
}

TEST_P(MergeTest, AnOlderLibraryChangesNothing)
{
    ExerciseLibraryFile v3 = nextVersion(m_v1, 3);
    Exercise plank = findIn(v3, QStringLiteral("plank"));
    plank.summary = QStringLiteral("Version three text.");
    replaceIn(v3, plank);
    ASSERT_TRUE(ExerciseLibrary::merge(*m_workspace, v3));

    // An older Gradus on another desk opens the same store with its older library.
    auto older = ExerciseLibrary::merge(*m_workspace, m_v1);
    ASSERT_TRUE(older);
    EXPECT_TRUE(older->unchanged);
    EXPECT_EQ(stored(QStringLiteral("plank")).summary, QStringLiteral("Version three text."));
    EXPECT_EQ(stored(QStringLiteral("plank")).libraryVersion, 3);
}

TEST_P(MergeTest, AnUpdateTheClinicDidNotEditIsNotMarkedEdited)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    ExerciseRepository repository(*m_workspace);
    // Saving a built-in exercise without changing it does not make it "edited".
    ASSERT_TRUE(repository.update(stored(QStringLiteral("side_plank"))));
    EXPECT_FALSE(stored(QStringLiteral("side_plank")).edited);

    ExerciseLibraryFile v2 = nextVersion(m_v1, 2);
    Exercise sidePlank = findIn(v2, QStringLiteral("side_plank"));
    sidePlank.instructions.append(QStringLiteral("Breathe normally throughout."));
    replaceIn(v2, sidePlank);
    ASSERT_TRUE(ExerciseLibrary::merge(*m_workspace, v2));
    EXPECT_EQ(stored(QStringLiteral("side_plank")).instructions.last(),
              QStringLiteral("Breathe normally throughout."));
}

TEST_P(MergeTest, AFailedMergeLeavesNothingBehind)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    ExerciseRepository repository(*m_workspace);
    const qint64 before = *repository.count();
    // A trigger fails the insert of one new exercise, after other rows of the merge were
    // written. (Trigger bodies cannot be prepared, hence the raw queries.)
    QSqlQuery raw(m_workspace->db().connection());
    if (GetParam() == SqlBackend::Sqlite) {
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "CREATE TRIGGER refuse_zz BEFORE INSERT ON exercise WHEN NEW.stable_id = 'zz_refused' "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    } else {
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "CREATE FUNCTION refuse_zz() RETURNS trigger AS $$ BEGIN "
            "IF NEW.stable_id = 'zz_refused' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql")));
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TRIGGER refuse_zz BEFORE INSERT ON exercise "
                                            "FOR EACH ROW EXECUTE FUNCTION refuse_zz()")));
    }

    ExerciseLibraryFile v2 = nextVersion(m_v1, 2);
    Exercise walking = findIn(v2, QStringLiteral("walking"));
    walking.summary = QStringLiteral("Changed in version two.");
    replaceIn(v2, walking);
    Exercise first = walking;
    first.stableId = QStringLiteral("aa_accepted");
    replaceIn(v2, first);
    Exercise refused = walking;
    refused.stableId = QStringLiteral("zz_refused");
    replaceIn(v2, refused);

    auto report = ExerciseLibrary::merge(*m_workspace, v2);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("zz_refused")))
        << report.error().message.toStdString();
    EXPECT_EQ(*repository.count(), before);
    EXPECT_FALSE(repository.byStableId(QStringLiteral("aa_accepted")));
    EXPECT_NE(stored(QStringLiteral("walking")).summary, QStringLiteral("Changed in version two."));
    // And the next start tries again: the state still says version 1.
    auto state = m_workspace->db().exec(
        QStringLiteral("SELECT library_version FROM exercise_library_state"));
    ASSERT_TRUE(state && state->next());
    EXPECT_EQ(state->value(0).toInt(), m_v1.libraryVersion);
}

INSTANTIATE_TEST_SUITE_P(Backends, MergeTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
