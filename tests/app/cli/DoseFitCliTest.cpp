// `programme add` from the command line: a dose has to fit the exercise (no walking in sets of
// repetitions, no plank as plain repetitions or minutes, no 20-minute sit-ups), the message
// says which kinds fit, and loaded exercises start on 2-3 days a week unless the clinician
// says otherwise. The built-in templates still apply. The real binary on a real SQLite file.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class DoseFitCliTest : public testing::Test
{
protected:
    void SetUp() override
    {
        m_patient = cli({u"patient"_qs, u"add"_qs, u"--given"_qs, u"Ines"_qs, u"--family"_qs,
                         u"Fiction"_qs, u"--dob"_qs, u"1980-05-05"_qs})
                        .out.trimmed();
        ASSERT_FALSE(m_patient.isEmpty());
        m_programme = cli({u"programme"_qs, u"create"_qs, m_patient, u"--name"_qs, u"Start"_qs})
                          .out.trimmed();
        ASSERT_FALSE(m_programme.isEmpty());
    }

    CliRun cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        env.insert(u"GRADUS_DATABASE"_qs, m_dir.filePath(u"clinic.db"_qs));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    CliRun add(const QStringList& args)
    {
        return cli(QStringList{u"programme"_qs, u"add"_qs, m_programme} + args);
    }

    // The stored dose of the prescription of `exercise`.
    QJsonObject doseOf(const QString& exercise)
    {
        auto show = cli({u"programme"_qs, u"show"_qs, m_programme, u"--json"_qs});
        for (const auto& section : show.json()[u"sections"_qs].toArray())
            for (const auto& item : section[u"items"_qs].toArray())
                if (item[u"exercise"_qs].toString() == exercise)
                    return item[u"dose"_qs].toObject();
        ADD_FAILURE() << "no " << exercise.toStdString() << " in " << show.out.toStdString();
        return {};
    }

    QTemporaryDir m_dir;
    QString m_patient;
    QString m_programme;
};

} // namespace

TEST_F(DoseFitCliTest, ADoseOfAnotherKindIsRefusedWithTheKindsThatFit)
{
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QList<Case> refused{
        {{u"walking"_qs, u"--sets"_qs, u"2"_qs, u"--reps"_qs, u"8"_qs},
         u"does not fit Walking: it is dosed in time or distance"_qs},
        {{u"plank"_qs, u"--sets"_qs, u"2"_qs, u"--reps"_qs, u"10"_qs}, u"dosed in holds"_qs},
        {{u"plank"_qs, u"--minutes"_qs, u"5"_qs}, u"dosed in holds"_qs},
        {{u"sit_up"_qs, u"--minutes"_qs, u"20"_qs}, u"dosed in repetitions"_qs},
        {{u"running"_qs, u"--sets"_qs, u"1"_qs, u"--hold"_qs, u"30"_qs, u"--reps"_qs, u"2"_qs},
         u"dosed in time or distance"_qs},
        // Each number in range, the session not: 10 x 100 sit-ups.
        {{u"sit_up"_qs, u"--sets"_qs, u"10"_qs, u"--reps"_qs, u"100"_qs}, u"1000 repetitions"_qs},
    };
    for (const Case& c : refused) {
        CliRun r = add(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(c.says))
            << c.says.toStdString() << " not in: " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    auto show = cli({u"programme"_qs, u"show"_qs, m_programme, u"--json"_qs});
    int items = 0;
    for (const auto& section : show.json()[u"sections"_qs].toArray())
        items += int(section[u"items"_qs].toArray().size());
    EXPECT_EQ(items, 0) << "nothing was added";

    EXPECT_EQ(add({u"walking"_qs, u"--metres"_qs, u"800"_qs}).exitCode, 0);
    EXPECT_EQ(add({u"plank"_qs, u"--hold"_qs, u"10"_qs, u"--reps"_qs, u"5"_qs}).exitCode, 0);
    EXPECT_EQ(add({u"bird_dog"_qs, u"--sets"_qs, u"2"_qs, u"--reps"_qs, u"8"_qs}).exitCode, 0);
}

TEST_F(DoseFitCliTest, LoadedExercisesDefaultToTwoOrThreeDaysAWeek)
{
    ASSERT_EQ(add({u"deadlift"_qs, u"--sets"_qs, u"3"_qs, u"--reps"_qs, u"5"_qs}).exitCode, 0);
    ASSERT_EQ(add({u"band_row"_qs, u"--sets"_qs, u"2"_qs, u"--reps"_qs, u"12"_qs}).exitCode, 0);
    ASSERT_EQ(add({u"walking"_qs, u"--minutes"_qs, u"10"_qs}).exitCode, 0);
    EXPECT_EQ(doseOf(u"deadlift"_qs)[u"days_per_week"_qs].toInt(), 2);
    EXPECT_EQ(doseOf(u"band_row"_qs)[u"days_per_week"_qs].toInt(), 3);
    EXPECT_EQ(doseOf(u"walking"_qs)[u"days_per_week"_qs].toInt(), 7);
    // The clinician may say otherwise.
    ASSERT_EQ(add({u"overhead_press"_qs, u"--sets"_qs, u"3"_qs, u"--reps"_qs, u"8"_qs,
                   u"--days-per-week"_qs, u"5"_qs})
                  .exitCode,
              0);
    EXPECT_EQ(doseOf(u"overhead_press"_qs)[u"days_per_week"_qs].toInt(), 5);
}

TEST_F(DoseFitCliTest, TheBuiltInTemplatesStillApply)
{
    auto list = cli({u"programme"_qs, u"template"_qs, u"list"_qs, u"--json"_qs});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    int applied = 0;
    for (const auto& t : list.json().array()) {
        if (!t[u"built_in"_qs].toBool())
            continue;
        CliRun r = cli({u"programme"_qs, u"template"_qs, u"apply"_qs, t[u"stable_id"_qs].toString(),
                        m_patient});
        EXPECT_EQ(r.exitCode, 0) << t[u"stable_id"_qs].toString().toStdString() << ": "
                                 << r.err.toStdString();
        ++applied;
    }
    EXPECT_GE(applied, 3);
}
