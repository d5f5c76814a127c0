// The programme file format: write/parse round trip, and one specific message per broken file
// of the corpus in tests/data/exchange/broken/ (the parser is pure: no store involved).
#include "exchange/ProgrammeExchange.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace gradus;

namespace {

QByteArray read(const QString& relative)
{
    QFile f(QStringLiteral(GRADUS_TEST_DATA_DIR "/exchange/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

const QSet<QString> kLibrary{QStringLiteral("walking"), QStringLiteral("bird_dog"),
                             QStringLiteral("plank"), QStringLiteral("glute_bridge")};

} // namespace

TEST(ProgrammeExchangeTest, ReadsTheVersionOneFile)
{
    auto d = ProgrammeExchange::parse(read(QStringLiteral("programme-v1.json")),
                                      QStringLiteral("programme-v1.json"));
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->kind, ProgrammeDocument::Kind::Programme);
    EXPECT_EQ(d->name, QStringLiteral("Back on track"));
    EXPECT_EQ(d->reviewDate, QDate(2027, 1, 2));
    ASSERT_EQ(d->sections.size(), 2);
    const ExchangeItem bird = d->sections.at(1).items.at(0);
    EXPECT_EQ(bird.exercise, QStringLiteral("bird_dog"));
    EXPECT_EQ(bird.prescription.dose, (Dose{DoseType::Hold, 1, 6, 8, 0, 0, true, 1, 5}));
    EXPECT_EQ(bird.prescription.side, PrescribedSide::Both);
    EXPECT_EQ(bird.prescription.restSeconds, 30);
    ASSERT_EQ(d->exercises.size(), 1);
    EXPECT_EQ(d->exercises.at(0).stableId, QStringLiteral("clinic_wall_plank"));
    EXPECT_EQ(d->exercises.at(0).imageType, QStringLiteral("image/png"));
    EXPECT_TRUE(d->exercises.at(0).image.startsWith("\x89PNG"));
    EXPECT_TRUE(ProgrammeExchange::checkExercises(*d, kLibrary, QStringLiteral("f")));
}

TEST(ProgrammeExchangeTest, WriteThenParseGivesTheSameDocument)
{
    auto original = ProgrammeExchange::parse(read(QStringLiteral("programme-v1.json")),
                                             QStringLiteral("programme-v1.json"));
    ASSERT_TRUE(original);
    const QByteArray written = ProgrammeExchange::write(*original);
    auto again = ProgrammeExchange::parse(written, QStringLiteral("again.json"));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->name, original->name);
    EXPECT_EQ(again->goal, original->goal);
    EXPECT_EQ(again->startDate, original->startDate);
    ASSERT_EQ(again->sections.size(), original->sections.size());
    for (int s = 0; s < again->sections.size(); ++s) {
        EXPECT_EQ(again->sections.at(s).name, original->sections.at(s).name);
        ASSERT_EQ(again->sections.at(s).items.size(), original->sections.at(s).items.size());
        for (int i = 0; i < again->sections.at(s).items.size(); ++i) {
            const ExchangeItem& a = again->sections.at(s).items.at(i);
            const ExchangeItem& b = original->sections.at(s).items.at(i);
            EXPECT_EQ(a.exercise, b.exercise);
            EXPECT_EQ(a.prescription.dose, b.prescription.dose);
            EXPECT_EQ(a.prescription.patientNote, b.prescription.patientNote);
            EXPECT_EQ(a.prescription.tempo, b.prescription.tempo);
            EXPECT_EQ(a.prescription.restSeconds, b.prescription.restSeconds);
            EXPECT_EQ(a.prescription.side, b.prescription.side);
        }
    }
    EXPECT_EQ(again->exercises.at(0).image, original->exercises.at(0).image);
}

struct BrokenCase
{
    const char* file;
    const char* message;
};

class BrokenFileTest : public testing::TestWithParam<BrokenCase>
{
};

TEST_P(BrokenFileTest, GivesItsOwnMessage)
{
    const QString file = QString::fromLatin1(GetParam().file);
    const QByteArray bytes = read(QStringLiteral("broken/") + file);
    auto d = ProgrammeExchange::parse(bytes, file);
    Status problem;
    if (d)
        problem = ProgrammeExchange::checkExercises(*d, kLibrary, file);
    else
        problem = d.error();
    ASSERT_FALSE(problem) << file.toStdString() << " was accepted";
    const Error& e = problem.error();
    EXPECT_EQ(e.kind(), ErrorKind::Invalid);
    EXPECT_EQ(e.code, QStringLiteral("import.invalid"));
    EXPECT_TRUE(e.message.startsWith(file + QStringLiteral(": "))) << e.message.toStdString();
    EXPECT_TRUE(e.message.endsWith(QStringLiteral("Nothing was imported.")));
    EXPECT_TRUE(e.message.contains(QString::fromUtf8(GetParam().message)))
        << e.message.toStdString();
}

// Every file of the corpus, with the part of the message that says what and where.
const BrokenCase kBroken[] = {
    {"truncated.json", "the file ends too early"},
    {"empty.json", "the file is empty"},
    {"not-json.json", "is not valid JSON"},
    {"exercise-export.json", "field 'format': this is an exercise export"},
    {"newer-version.json", "field 'format_version': the file was written by a newer Gradus "
                           "(format version 2"},
    {"unknown-exercise.json", "section 2 \"Core\", item 1 \"flying_lunge\", field 'exercise': "
                              "there is no exercise \"flying_lunge\""},
    {"dose-above-limit.json",
     "section 2 \"Core\", item 1 \"bird_dog\", field 'dose': Repetitions (holds per set) must "
     "be from 1 to 30 (found 45)"},
    {"dose-not-a-number.json",
     "section 1 \"Warm-up\", item 1 \"walking\", field 'dose.minutes': must be a whole number"},
    {"dose-mixed-measures.json", "field 'dose': Repetitions must be empty for a dose of type"},
    {"unknown-field.json", "item 1 \"bird_dog\", field 'colour': is not a known field"},
    {"missing-name.json", "field 'programme.name': must not be empty"},
    {"bad-side.json", "field 'side': must be not_applicable, left, right, both or alternate"},
    {"review-before-start.json", "field 'programme.review_date': must not be before the start"},
    {"note-too-long.json", "field 'note': must be at most 500 characters (found 501)"},
    {"built-in-carried.json", "exercise 1 \"bird_dog\", field 'id': only a clinic's own"},
    {"broken-link.json",
     "exercise 1 \"clinic_wall_plank\", field 'progressions': links to \"clinic_nowhere\""},
    {"carried-exercise-invalid.json", "exercise 1 \"clinic_wall_plank\": field 'name' is missing"},
};

INSTANTIATE_TEST_SUITE_P(Corpus, BrokenFileTest, testing::ValuesIn(kBroken),
                         [](const testing::TestParamInfo<BrokenCase>& info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.find('.'));
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

TEST(ProgrammeExchangeTest, EveryCorpusFileIsTested)
{
    const QStringList files = QDir(QStringLiteral(GRADUS_TEST_DATA_DIR "/exchange/broken"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QStringList tested;
    for (const BrokenCase& c : kBroken)
        tested << QString::fromLatin1(c.file);
    for (const QString& f : files)
        EXPECT_TRUE(tested.contains(f)) << f.toStdString() << " has no expected message";
}

// Numbers beyond the integer types (found by the fuzz target programme_exchange: the whole-
// number check cast them to a 64-bit integer first, which is undefined behaviour). They are
// refused by their range, naming the field; the input is kept in tests/fuzz/corpus.
TEST(ProgrammeExchangeTest, AHugeNumberIsRefusedByItsRange)
{
    const QByteArray good = read(QStringLiteral("programme-v1.json"));
    ASSERT_TRUE(good.contains("\"rest_seconds\": 30,"));
    for (const QByteArray& huge : {QByteArray("3.6e94"), QByteArray("-1e300"),
                                   QByteArray("36666666666666666666666666666666666666666")}) {
        QByteArray bytes = good;
        bytes.replace("\"rest_seconds\": 30,", "\"rest_seconds\": " + huge + ",");
        auto d = ProgrammeExchange::parse(bytes, QStringLiteral("huge.json"));
        ASSERT_FALSE(d) << huge.toStdString() << " was accepted";
        EXPECT_TRUE(
            d.error().message.contains(QStringLiteral("field 'rest_seconds': must be from")))
            << d.error().message.toStdString();
    }
}

// A version beyond int was read as 0 and so as an older file, which this Gradus reads.
TEST(ProgrammeExchangeTest, AHugeFormatVersionIsANewerGradus)
{
    const QByteArray good = read(QStringLiteral("programme-v1.json"));
    ASSERT_TRUE(good.contains("\"format_version\": 1,"));
    for (const QByteArray& huge : {QByteArray("3000000000"), QByteArray("1e30")}) {
        QByteArray bytes = good;
        bytes.replace("\"format_version\": 1,", "\"format_version\": " + huge + ",");
        auto d = ProgrammeExchange::parse(bytes, QStringLiteral("future.json"));
        ASSERT_FALSE(d) << "a format version of " << huge.toStdString() << " was read";
        EXPECT_TRUE(d.error().message.contains(QStringLiteral("written by a newer Gradus")))
            << d.error().message.toStdString();
    }
}
