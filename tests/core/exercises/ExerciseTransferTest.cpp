// Reading an exercise export without a store (what `gradus-cli exercise import` checks before
// it writes anything, and what the fuzz target exercise_import drives).
#include "exercises/ExerciseTransfer.h"
#include "exercises/ExerciseJson.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace gradus;

namespace {

QByteArray fixture(const QString& relative)
{
    QFile f(QStringLiteral(GRADUS_TEST_DATA_DIR "/exchange/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

} // namespace

TEST(ExerciseTransferTest, AnExportIsReadAndWrittenBackTheSame)
{
    auto exercises = ExerciseTransfer::parseExport(fixture(QStringLiteral("clinic-exercise.json")),
                                                   QStringLiteral("a.json"));
    ASSERT_TRUE(exercises) << exercises.error().message.toStdString();
    ASSERT_EQ(exercises->size(), 1);
    EXPECT_EQ(exercises->first().stableId, QStringLiteral("clinic_wall_plank"));

    const QByteArray written =
        ExerciseTransfer::exportJson(*exercises, QDateTime::currentDateTimeUtc());
    auto again = ExerciseTransfer::parseExport(written, QStringLiteral("b.json"));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    ASSERT_EQ(again->size(), 1);
    EXPECT_EQ(ExerciseJson::toJson(again->first(), true),
              ExerciseJson::toJson(exercises->first(), true));
}

TEST(ExerciseTransferTest, ARefusedExportNamesTheFileAndSaysNothingWasImported)
{
    const QList<QByteArray> refused{
        "",
        "[1, 2",
        R"({"format": "gradus-programme", "exercises": []})",
        R"({"format": "gradus-exercises", "format_version": 99, "exercises": []})",
        // Not read as version 0 (which any Gradus would take): refused, each named.
        R"({"format": "gradus-exercises", "format_version": 1e30, "exercises": []})",
        R"({"format": "gradus-exercises", "format_version": 1.5, "exercises": []})",
        R"({"format": "gradus-exercises", "format_version": "1", "exercises": []})",
        R"({"format": "gradus-exercises", "format_version": -3, "exercises": []})",
        R"({"format": "gradus-exercises", "exercises": []})",
        R"({"format": "gradus-exercises", "format_version": 1, "exercises": {}})",
        R"({"format": "gradus-exercises", "format_version": 1, "exercises": [{"id": "x"}]})",
    };
    for (const QByteArray& bytes : refused) {
        auto exercises = ExerciseTransfer::parseExport(bytes, QStringLiteral("shared.json"));
        ASSERT_FALSE(exercises) << bytes.toStdString();
        EXPECT_EQ(exercises.error().code, QStringLiteral("import.invalid"));
        EXPECT_TRUE(exercises.error().message.startsWith(QStringLiteral("shared.json: ")))
            << exercises.error().message.toStdString();
        EXPECT_TRUE(exercises.error().message.endsWith(QStringLiteral("Nothing was imported.")))
            << exercises.error().message.toStdString();
    }
}

TEST(ExerciseTransferTest, AnExerciseGivenTwiceIsRefused)
{
    auto exercises = ExerciseTransfer::parseExport(fixture(QStringLiteral("clinic-exercise.json")),
                                                   QStringLiteral("a.json"));
    ASSERT_TRUE(exercises);
    const QByteArray twice = ExerciseTransfer::exportJson(*exercises + *exercises, {});
    auto read = ExerciseTransfer::parseExport(twice, QStringLiteral("twice.json"));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("appears twice")))
        << read.error().message.toStdString();
}
