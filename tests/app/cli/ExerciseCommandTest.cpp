// `gradus-cli exercise ...` on the real binary and a real store.
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace gradus;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class ExerciseCommandTest : public testing::Test
{
protected:
    // Reading commands create nothing, so each test starts with a database of its own.
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("db"), QStringLiteral("create")}).exitCode, 0);
    }
    CliRun run(QStringList args, const QString& database = {})
    {
        args.prepend(database.isEmpty() ? m_db : database);
        args.prepend(QStringLiteral("--database"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
};

QJsonDocument json(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
    return doc;
}

} // namespace

TEST_F(ExerciseCommandTest, ListJsonHasTheAgreedFields)
{
    auto list = run({QStringLiteral("exercise"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.err.isEmpty()) << list.err.toStdString();
    const QJsonArray array = json(list).array();
    ASSERT_GE(array.size(), 40);
    QSet<qint64> recordIds;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        // "id" is the stable text id; "record_id" the database id.
        EXPECT_TRUE(o.value(QStringLiteral("id")).isString());
        EXPECT_FALSE(o.value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_TRUE(o.value(QStringLiteral("record_id")).isDouble());
        recordIds.insert(o.value(QStringLiteral("record_id")).toInteger());
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_TRUE(enumFromName<ExerciseCategory>(o.value(QStringLiteral("category")).toString())
                        .has_value());
        const QJsonArray steps = o.value(QStringLiteral("instructions")).toArray();
        ASSERT_FALSE(steps.isEmpty());
        EXPECT_TRUE(steps.at(0).isString());
        EXPECT_TRUE(o.value(QStringLiteral("properties"))
                        .toObject()
                        .contains(QStringLiteral("spinal_load")));
        EXPECT_FALSE(o.contains(QStringLiteral("illustration"))) << "lists stay small";
    }
    EXPECT_EQ(recordIds.size(), array.size());

    auto cautioned =
        run({QStringLiteral("exercise"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--category"), QStringLiteral("cautioned")});
    ASSERT_EQ(cautioned.exitCode, 0);
    QStringList ids;
    for (const QJsonValue& v : json(cautioned).array()) {
        EXPECT_EQ(v.toObject().value(QStringLiteral("category")).toString(),
                  QStringLiteral("cautioned"));
        ids << v.toObject().value(QStringLiteral("id")).toString();
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("sit_up")));
    EXPECT_TRUE(ids.contains(QStringLiteral("deadlift")));

    auto bad = run({QStringLiteral("exercise"), QStringLiteral("list"),
                    QStringLiteral("--category"), QStringLiteral("cardio")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("cardio")));

    auto text = run({QStringLiteral("exercise"), QStringLiteral("list")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("bird_dog ")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Bird-dog")));
}

TEST_F(ExerciseCommandTest, ShowAcceptsEitherId)
{
    auto byText = run({QStringLiteral("exercise"), QStringLiteral("show"),
                       QStringLiteral("bird_dog"), QStringLiteral("--json")});
    ASSERT_EQ(byText.exitCode, 0) << byText.err.toStdString();
    const QJsonObject o = json(byText).object();
    EXPECT_EQ(o.value(QStringLiteral("id")).toString(), QStringLiteral("bird_dog"));
    EXPECT_TRUE(o.contains(QStringLiteral("illustration")));
    EXPECT_FALSE(o.value(QStringLiteral("stop_if")).toArray().isEmpty());
    const QString recordId = QString::number(o.value(QStringLiteral("record_id")).toInteger());

    auto byNumber = run({QStringLiteral("exercise"), QStringLiteral("show"), recordId});
    ASSERT_EQ(byNumber.exitCode, 0);
    EXPECT_TRUE(byNumber.out.startsWith(QStringLiteral("Bird-dog")));
    EXPECT_TRUE(byNumber.out.contains(QStringLiteral("Instructions:")));
    EXPECT_TRUE(byNumber.out.contains(QStringLiteral("  1. Kneel on all fours")));

    auto missing =
        run({QStringLiteral("exercise"), QStringLiteral("show"), QStringLiteral("no_such")});
    EXPECT_EQ(missing.exitCode, 2)
        << "no such exercise: exit status 2, as for every missing record";
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no_such")));
    EXPECT_TRUE(missing.out.isEmpty());
}

TEST_F(ExerciseCommandTest, ImageWritesPngAndSvgOfTheRequestedSize)
{
    const QString png = path(QStringLiteral("plank.png"));
    auto a = run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("plank"),
                  QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("640")});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(640, 480));
    // Not blank: the figure's dark strokes are there.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 100;
    EXPECT_GT(dark, 500);

    const QString svg = path(QStringLiteral("plank.svg"));
    auto b = run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("plank"),
                  QStringLiteral("--out"), svg, QStringLiteral("--size"), QStringLiteral("300")});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0;
    QString width, height;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg")) {
            width = xml.attributes().value(QStringLiteral("width")).toString();
            height = xml.attributes().value(QStringLiteral("height")).toString();
        }
        paths += xml.isStartElement() && xml.name() == QLatin1String("path");
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(width, QStringLiteral("300"));
    EXPECT_EQ(height, QStringLiteral("225"));
    EXPECT_GT(paths, 15);

    // Default size, and the usage errors.
    auto c = run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("walking"),
                  QStringLiteral("--out"), path(QStringLiteral("w.png"))});
    ASSERT_EQ(c.exitCode, 0);
    EXPECT_EQ(QImage(path(QStringLiteral("w.png"))).width(), 800);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("plank"),
                   QStringLiteral("--out"), path(QStringLiteral("x.gif"))})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("plank"),
                   QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("huge")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("exercise"), QStringLiteral("image"), QStringLiteral("plank")})
                  .exitCode,
              2);
}

TEST_F(ExerciseCommandTest, ExportAndImportCarryTheClinicsOwnExercise)
{
    // Make the clinic's own exercise, with a photo, in the first store.
    QByteArray photoBytes;
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(m_db));
        ASSERT_TRUE(db);
        SystemClock clock;
        Workspace ws(std::move(*db), clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws));
        ExerciseRepository repository(ws);
        auto plank = repository.byStableId(QStringLiteral("plank"));
        ASSERT_TRUE(plank);
        auto id = repository.duplicate(plank->id, QStringLiteral("Wall plank"));
        ASSERT_TRUE(id);
        QImage photo(40, 30, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QBuffer buffer(&photoBytes);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        ASSERT_TRUE(repository.setImage(*id, photoBytes, QStringLiteral("image/png")));
    }
    const QString exported = path(QStringLiteral("ours.json"));
    auto out = run({QStringLiteral("exercise"), QStringLiteral("export"),
                    QStringLiteral("--clinic-only"), QStringLiteral("--out"), exported});
    ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    auto again = run(
        {QStringLiteral("exercise"), QStringLiteral("export"), QStringLiteral("--out"), exported});
    EXPECT_EQ(again.exitCode, 1) << "an existing file is not overwritten";

    const QString other = path(QStringLiteral("other.sqlite"));
    auto in = run(
        {QStringLiteral("exercise"), QStringLiteral("import"), exported, QStringLiteral("--json")},
        other);
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    const QJsonObject report = json(in).object();
    EXPECT_EQ(report.value(QStringLiteral("added")).toArray(),
              QJsonArray{QStringLiteral("clinic_wall_plank")});
    auto shown = run({QStringLiteral("exercise"), QStringLiteral("show"),
                      QStringLiteral("clinic_wall_plank"), QStringLiteral("--json")},
                     other);
    ASSERT_EQ(shown.exitCode, 0);
    const QJsonObject o = json(shown).object();
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("Wall plank"));
    EXPECT_EQ(o.value(QStringLiteral("based_on")).toString(), QStringLiteral("plank"));
    EXPECT_TRUE(o.value(QStringLiteral("has_picture")).toBool());
    // The photo comes out again as the exercise's picture.
    const QString png = path(QStringLiteral("wall.png"));
    ASSERT_EQ(run({QStringLiteral("exercise"), QStringLiteral("image"),
                   QStringLiteral("clinic_wall_plank"), QStringLiteral("--out"), png,
                   QStringLiteral("--size"), QStringLiteral("80")},
                  other)
                  .exitCode,
              0);
    EXPECT_EQ(QImage(png).size(), QSize(80, 60));
    EXPECT_EQ(QImage(png).pixelColor(40, 30), QColor(Qt::darkGreen));

    // Importing again skips what is there.
    auto twice = run(
        {QStringLiteral("exercise"), QStringLiteral("import"), exported, QStringLiteral("--json")},
        other);
    ASSERT_EQ(twice.exitCode, 0);
    EXPECT_EQ(json(twice).object().value(QStringLiteral("skipped")).toArray().size(), 1);
}

TEST_F(ExerciseCommandTest, ABrokenImportChangesNothing)
{
    const QString file = path(QStringLiteral("broken.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "gradus-exercises", "format_version": 1, "exercises": [
        {"id": "clinic_good", "name": "Good", "category": "core",
         "properties": {"position": "supine", "spinal_movement": ["neutral"], "spinal_load": "low",
                        "impact": "none", "loaded": false},
         "instructions": ["Lie down."], "dose": {"type": "reps", "reps": 5}},
        {"id": "clinic_bad", "name": "Bad", "category": "core",
         "properties": {"position": "upside_down", "spinal_movement": ["neutral"], "spinal_load": "low",
                        "impact": "none", "loaded": false},
         "instructions": ["Hang."], "dose": {"type": "reps", "reps": 5}}]})");
    f.close();
    auto result = run({QStringLiteral("exercise"), QStringLiteral("import"), file});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("clinic_bad"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("properties.position")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(
        run({QStringLiteral("exercise"), QStringLiteral("show"), QStringLiteral("clinic_good")})
            .exitCode,
        2)
        << "no such exercise: exit status 2, as for every missing record";
}
