// The shipped library's content, and the loader's checks: every kind of broken file gives
// an error naming the file, the exercise and the field, and loads nothing.
#include "exercises/ExerciseLibrary.h"
#include "Workspace.h"
#include "exercises/ExerciseJson.h"
#include "storage/ExerciseRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace gradus;

namespace {

QJsonObject builtInJson()
{
    QFile file(ExerciseLibrary::builtInResource());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The built-in file with one change made to its JSON.
QByteArray mutated(const std::function<void(QJsonObject& top, QJsonArray& exercises)>& change)
{
    QJsonObject top = builtInJson();
    QJsonArray exercises = top.value(QStringLiteral("exercises")).toArray();
    change(top, exercises);
    top.insert(QStringLiteral("exercises"), exercises);
    return QJsonDocument(top).toJson();
}

int indexOf(const QJsonArray& exercises, const QString& id)
{
    for (int i = 0; i < exercises.size(); ++i)
        if (exercises.at(i).toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

// Edits one exercise of the array in place.
void editExercise(QJsonArray& exercises, const QString& id,
                  const std::function<void(QJsonObject&)>& change)
{
    const int i = indexOf(exercises, id);
    ASSERT_GE(i, 0) << id.toStdString();
    QJsonObject e = exercises.at(i).toObject();
    change(e);
    exercises.replace(i, e);
}

void setNested(QJsonObject& object, const QString& key, const QString& inner,
               const QJsonValue& value)
{
    QJsonObject nested = object.value(key).toObject();
    nested.insert(inner, value);
    object.insert(key, nested);
}

class LibraryFileTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
    }

    // Parses `bytes` as "broken.json" and expects it refused with all of `fragments` in the
    // message; then loads it into the store and expects nothing written.
    void expectRefused(const QByteArray& bytes, const QStringList& fragments)
    {
        auto parsed = ExerciseLibrary::parse(bytes, QStringLiteral("broken.json"));
        ASSERT_FALSE(parsed) << "a broken file was accepted";
        const QString message = parsed.error().message;
        EXPECT_TRUE(message.startsWith(QStringLiteral("broken.json"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("othing was loaded"))) << message.toStdString();
        for (const QString& fragment : fragments)
            EXPECT_TRUE(message.contains(fragment))
                << "missing \"" << fragment.toStdString() << "\" in: " << message.toStdString();

        const QString path = m_store.dir() + QStringLiteral("/broken.json");
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        auto loaded = ExerciseLibrary::loadFrom(*m_workspace, path);
        EXPECT_FALSE(loaded);
        ExerciseRepository repository(*m_workspace);
        EXPECT_EQ(*repository.count(), 0);
    }

    test::TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

TEST(BuiltInLibraryTest, IsValidAndLargeEnough)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library) << library.error().message.toStdString();
    EXPECT_GE(library->exercises.size(), 40);
    EXPECT_GE(library->libraryVersion, 1);
    QSet<ExerciseCategory> categories;
    for (const Exercise& e : library->exercises) {
        SCOPED_TRACE(e.stableId.toStdString());
        categories.insert(e.category);
        EXPECT_TRUE(e.isBuiltIn());
        EXPECT_GE(e.instructions.size(), 3);
        EXPECT_FALSE(e.feel.isEmpty());
        EXPECT_FALSE(e.stopIf.isEmpty());
        EXPECT_FALSE(e.summary.isEmpty());
        EXPECT_TRUE(e.hasIllustration());
        EXPECT_FALSE(e.libraryHash.isEmpty());
        // Patient instructions are short sentences in the second person.
        for (const QString& step : e.instructions) {
            EXPECT_LE(step.size(), 160) << step.toStdString();
            EXPECT_TRUE(step.endsWith(u'.')) << step.toStdString();
        }
    }
    EXPECT_EQ(categories.size(), enumValues<ExerciseCategory>().size()) << "every category is used";
}

TEST(BuiltInLibraryTest, HasTheSeedExercisesAndTheCautionedOnes)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    QHash<QString, Exercise> byId;
    for (const Exercise& e : library->exercises)
        byId.insert(e.stableId, e);
    for (const char* id : {"walking",
                           "swimming",
                           "water_walking",
                           "stationary_cycling",
                           "elliptical_trainer",
                           "cat_cow",
                           "pelvic_tilt",
                           "knee_to_chest",
                           "lumbar_rotation",
                           "childs_pose",
                           "hamstring_stretch",
                           "hip_flexor_stretch",
                           "piriformis_stretch",
                           "glute_stretch",
                           "quadriceps_stretch",
                           "bird_dog",
                           "dead_bug",
                           "glute_bridge",
                           "modified_curl_up",
                           "plank",
                           "side_plank",
                           "pallof_press",
                           "modified_plank"})
        EXPECT_TRUE(byId.contains(QString::fromLatin1(id))) << id;
    for (const char* id : {"sit_up", "standing_toe_touch", "barbell_back_squat", "deadlift",
                           "running", "jumping", "overhead_press", "loaded_rotation"}) {
        ASSERT_TRUE(byId.contains(QString::fromLatin1(id))) << id;
        EXPECT_EQ(byId.value(QString::fromLatin1(id)).category, ExerciseCategory::Cautioned) << id;
    }
    // The properties the rules will flag are set where the guidance expects them.
    const auto p = [&](const char* id) { return byId.value(QString::fromLatin1(id)).properties; };
    EXPECT_TRUE(p("sit_up").moves(SpinalMovement::Flexion));
    EXPECT_TRUE(p("sit_up").endRange);
    EXPECT_TRUE(p("standing_toe_touch").moves(SpinalMovement::Flexion));
    EXPECT_TRUE(p("standing_toe_touch").endRange);
    EXPECT_EQ(p("barbell_back_squat").spinalLoad, SpinalLoad::High);
    EXPECT_TRUE(p("barbell_back_squat").loaded);
    EXPECT_TRUE(p("deadlift").liftFromFloor);
    EXPECT_EQ(p("running").impact, Impact::High);
    EXPECT_EQ(p("jumping").impact, Impact::High);
    EXPECT_TRUE(p("overhead_press").overhead);
    EXPECT_TRUE(p("overhead_press").loaded);
    EXPECT_TRUE(p("loaded_rotation").loaded);
    EXPECT_TRUE(p("loaded_rotation").moves(SpinalMovement::Rotation));
    EXPECT_EQ(p("walking").impact, Impact::Low);
    EXPECT_EQ(p("swimming").position, BodyPosition::InWater);
    EXPECT_TRUE(p("prone_press_up").moves(SpinalMovement::Extension));
    // Progression chains a clinician expects.
    EXPECT_TRUE(byId.value(QStringLiteral("modified_plank"))
                    .progressions.contains(QStringLiteral("plank")));
    EXPECT_TRUE(byId.value(QStringLiteral("dead_bug_heel_tap"))
                    .progressions.contains(QStringLiteral("dead_bug")));
    EXPECT_TRUE(byId.value(QStringLiteral("dead_bug"))
                    .regressions.contains(QStringLiteral("dead_bug_heel_tap")));
    EXPECT_TRUE(byId.value(QStringLiteral("side_plank_knees"))
                    .progressions.contains(QStringLiteral("side_plank")));
    EXPECT_TRUE(byId.value(QStringLiteral("sit_up"))
                    .regressions.contains(QStringLiteral("modified_curl_up")));
}

TEST(BuiltInLibraryTest, JsonRoundTripKeepsTheContentHash)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library);
    for (const Exercise& e : library->exercises) {
        auto again =
            ExerciseJson::fromJson(ExerciseJson::toJson(e, false), ExerciseJson::Mode::Library);
        ASSERT_TRUE(again) << again.error().message.toStdString();
        EXPECT_EQ(ExerciseJson::contentHash(*again), e.libraryHash) << e.stableId.toStdString();
    }
}

TEST_F(LibraryFileTest, NotJsonNamesTheLine)
{
    QByteArray bytes = QJsonDocument(builtInJson()).toJson();
    bytes.insert(bytes.indexOf("\"exercises\""), "oops ");
    expectRefused(bytes, {QStringLiteral("not valid JSON at line")});
}

TEST_F(LibraryFileTest, WrongTopLevel)
{
    expectRefused("[1, 2, 3]", {QStringLiteral("JSON object")});
    expectRefused(mutated([](QJsonObject& top, QJsonArray&) {
                      top.insert(QStringLiteral("format"), QStringLiteral("something-else"));
                  }),
                  {QStringLiteral("'format'")});
    expectRefused(mutated([](QJsonObject& top, QJsonArray&) {
                      top.insert(QStringLiteral("format_version"), 99);
                  }),
                  {QStringLiteral("'format_version'"), QStringLiteral("newer Gradus")});
    expectRefused(mutated([](QJsonObject& top, QJsonArray&) {
                      top.remove(QStringLiteral("library_version"));
                  }),
                  {QStringLiteral("'library_version'")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) { exercises = QJsonArray(); }),
                  {QStringLiteral("'exercises'")});
}

TEST_F(LibraryFileTest, MissingFieldNamesExerciseAndField)
{
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("bird_dog"),
                         [](QJsonObject& e) { e.remove(QStringLiteral("name")); });
        }),
        {QStringLiteral("exercise 'bird_dog'"), QStringLiteral("field 'name' is missing")});
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                QJsonObject props = e.value(QStringLiteral("properties")).toObject();
                props.remove(QStringLiteral("impact"));
                e.insert(QStringLiteral("properties"), props);
            });
        }),
        {QStringLiteral("exercise 'plank'"), QStringLiteral("'properties.impact' is missing")});
}

TEST_F(LibraryFileTest, WrongTypeNamesTheField)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("glute_bridge"), [](QJsonObject& e) {
                          setNested(e, QStringLiteral("dose"), QStringLiteral("reps"),
                                    QStringLiteral("ten"));
                      });
                  }),
                  {QStringLiteral("exercise 'glute_bridge'"), QStringLiteral("field 'dose.reps'"),
                   QStringLiteral("\"ten\"")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("walking"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("instructions"), QStringLiteral("Walk."));
                      });
                  }),
                  {QStringLiteral("exercise 'walking'"), QStringLiteral("field 'instructions'")});
}

TEST_F(LibraryFileTest, UnknownValuesAndFieldsAreRefused)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("walking"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("category"), QStringLiteral("cardio"));
                      });
                  }),
                  {QStringLiteral("exercise 'walking'"), QStringLiteral("field 'category'"),
                   QStringLiteral("\"cardio\""), QStringLiteral("aerobic")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("dead_bug"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("instructons"), QJsonArray{QStringLiteral("x")});
                      });
                  }),
                  {QStringLiteral("exercise 'dead_bug'"),
                   QStringLiteral("field 'instructons' is not a known field")});
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                setNested(e, QStringLiteral("dose"), QStringLiteral("minutes"), 5);
            });
        }),
        {QStringLiteral("exercise 'plank'"), QStringLiteral("field 'dose.minutes' is only used")});
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                setNested(e, QStringLiteral("properties"), QStringLiteral("spinal_movement"),
                          QJsonArray{QStringLiteral("neutral"), QStringLiteral("flexion")});
            });
        }),
        {QStringLiteral("exercise 'plank'"), QStringLiteral("'properties.spinal_movement'"),
         QStringLiteral("neutral")});
}

TEST_F(LibraryFileTest, BrokenIllustrationNamesTheJoint)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("glute_bridge"), [](QJsonObject& e) {
                          QJsonObject ill = e.value(QStringLiteral("illustration")).toObject();
                          setNested(ill, QStringLiteral("end"), QStringLiteral("knee"),
                                    QStringLiteral("bent"));
                          e.insert(QStringLiteral("illustration"), ill);
                      });
                  }),
                  {QStringLiteral("exercise 'glute_bridge'"),
                   QStringLiteral("field 'illustration.end.knee'")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("sit_to_stand"), [](QJsonObject& e) {
                          QJsonObject ill = e.value(QStringLiteral("illustration")).toObject();
                          ill.insert(QStringLiteral("props"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("type"), QStringLiteral("sofa")}}});
                          e.insert(QStringLiteral("illustration"), ill);
                      });
                  }),
                  {QStringLiteral("exercise 'sit_to_stand'"),
                   QStringLiteral("'illustration.props[0].type'"), QStringLiteral("\"sofa\"")});
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("plank"),
                         [](QJsonObject& e) { e.remove(QStringLiteral("illustration")); });
        }),
        {QStringLiteral("exercise 'plank'"), QStringLiteral("field 'illustration' is missing")});
}

TEST_F(LibraryFileTest, IdsAndLinksAreChecked)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      QJsonObject copy =
                          exercises.at(indexOf(exercises, QStringLiteral("plank"))).toObject();
                      exercises.append(copy);
                  }),
                  {QStringLiteral("exercise 'plank'"), QStringLiteral("repeats the id")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("progressions"),
                                   QJsonArray{QStringLiteral("plank_on_the_moon")});
                      });
                  }),
                  {QStringLiteral("exercise 'plank'"), QStringLiteral("'progressions[0]'"),
                   QStringLiteral("plank_on_the_moon")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("regressions"),
                                   QJsonArray{QStringLiteral("plank")});
                      });
                  }),
                  {QStringLiteral("exercise 'plank'"), QStringLiteral("itself")});
    expectRefused(
        mutated([](QJsonObject&, QJsonArray& exercises) {
            editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                e.insert(QStringLiteral("progressions"),
                         QJsonArray{QStringLiteral("modified_plank")});
                e.insert(QStringLiteral("regressions"), QJsonArray());
            });
        }),
        {QStringLiteral("loop"), QStringLiteral("modified_plank"), QStringLiteral("plank →")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("id"), QStringLiteral("Plank Two"));
                      });
                  }),
                  {QStringLiteral("exercise 'Plank Two'"), QStringLiteral("field 'id'")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("running"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("id"), QStringLiteral("clinic_running"));
                      });
                  }),
                  {QStringLiteral("clinic_"), QStringLiteral("field 'id'")});
}

TEST_F(LibraryFileTest, SeveralProblemsAreAllListed)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("walking"),
                                   [](QJsonObject& e) { e.remove(QStringLiteral("dose")); });
                      editExercise(exercises, QStringLiteral("plank"),
                                   [](QJsonObject& e) { e.insert(QStringLiteral("name"), 7); });
                  }),
                  {QStringLiteral("2 problems"), QStringLiteral("exercise 'walking'"),
                   QStringLiteral("field 'dose' is missing"), QStringLiteral("exercise 'plank'"),
                   QStringLiteral("field 'name' must be text")});
}

TEST_F(LibraryFileTest, ABrokenUpgradeLeavesTheStoreAsItWas)
{
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
    ExerciseRepository repository(*m_workspace);
    const qint64 before = *repository.count();
    auto plank = repository.byStableId(QStringLiteral("plank"));
    ASSERT_TRUE(plank);

    const QByteArray broken = mutated([](QJsonObject& top, QJsonArray& exercises) {
        top.insert(QStringLiteral("library_version"), 2);
        editExercise(exercises, QStringLiteral("plank"), [](QJsonObject& e) {
            e.insert(QStringLiteral("name"), QStringLiteral("Plank, new text"));
        });
        editExercise(exercises, QStringLiteral("walking"), [](QJsonObject& e) {
            e.insert(QStringLiteral("category"), QStringLiteral("cardio"));
        });
    });
    const QString path = m_store.dir() + QStringLiteral("/v2.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    auto loaded = ExerciseLibrary::loadFrom(*m_workspace, path);
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("exercise 'walking'")));
    EXPECT_EQ(*repository.count(), before);
    EXPECT_EQ(repository.byStableId(QStringLiteral("plank"))->name, plank->name);
}

TEST(BuiltInLibraryTest, EveryExerciseSaysWhichDosesFitIt)
{
    auto library = ExerciseLibrary::builtIn();
    ASSERT_TRUE(library) << library.error().message.toStdString();
    for (const Exercise& e : library->exercises) {
        EXPECT_FALSE(e.doseTypes.isEmpty()) << e.stableId.toStdString();
        EXPECT_TRUE(e.doseTypes.contains(e.dose.type)) << e.stableId.toStdString();
        // Aerobic work is dosed in time or distance, never in sets of repetitions.
        if (e.category == ExerciseCategory::Aerobic) {
            EXPECT_FALSE(e.doseTypes.contains(DoseType::Repetitions)) << e.stableId.toStdString();
        }
        // Loaded work is done on 2-3 days a week, not daily.
        if (e.properties.loaded) {
            EXPECT_TRUE(e.dose.daysPerWeek >= 2 && e.dose.daysPerWeek <= 3)
                << e.stableId.toStdString() << " " << e.dose.daysPerWeek;
        }
    }
}

TEST_F(LibraryFileTest, DoseTypesAreRequiredAndMustIncludeTheDefault)
{
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("plank"),
                                   [](QJsonObject& e) { e.remove(QStringLiteral("dose_types")); });
                  }),
                  {QStringLiteral("exercise 'plank'"), QStringLiteral("field 'dose_types'")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("walking"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("dose_types"),
                                   QJsonArray{QStringLiteral("reps")});
                      });
                  }),
                  {QStringLiteral("exercise 'walking'"), QStringLiteral("field 'dose_types'"),
                   QStringLiteral("\"time\"")});
    expectRefused(mutated([](QJsonObject&, QJsonArray& exercises) {
                      editExercise(exercises, QStringLiteral("walking"), [](QJsonObject& e) {
                          e.insert(QStringLiteral("dose_types"),
                                   QJsonArray{QStringLiteral("time"), QStringLiteral("laps")});
                      });
                  }),
                  {QStringLiteral("exercise 'walking'"), QStringLiteral("dose_types[1]"),
                   QStringLiteral("\"laps\"")});
}
