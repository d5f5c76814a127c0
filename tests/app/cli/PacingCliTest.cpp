#include "settings/ClinicSettings.h"
#include "storage/Database.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace gradus;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real gradus-cli binary with its data folder inside the test's folder, so that
// "no database was created" can be checked by looking at every file there.
class PacingCliTest : public testing::Test
{
protected:
    CliRun run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& content)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }
    // Every file under the test folder that is not a log.
    QStringList nonLogFiles() const
    {
        QStringList files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.contains(QStringLiteral("/logs/")) && !file.endsWith(QStringLiteral(".json")))
                files << file;
        }
        return files;
    }
    QList<int> quotas(const QString& json)
    {
        QList<int> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
            out << v.toObject().value(QStringLiteral("quota")).toInt();
        return out;
    }

    QTemporaryDir m_dir;
};

const QList<int> kIssueExample = {8,  9,  10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 18,
                                  19, 20, 21, 22, 22, 23, 24, 25, 26, 26, 27, 28, 29, 30};

} // namespace

TEST_F(PacingCliTest, TheIssuesExampleWorksWithoutAnyDatabase)
{
    auto plan =
        run({QStringLiteral("pacing"), QStringLiteral("plan"), QStringLiteral("--tolerance"),
             QStringLiteral("10,12,11"), QStringLiteral("--unit"), QStringLiteral("minutes"),
             QStringLiteral("--goal"), QStringLiteral("30"), QStringLiteral("--baseline-percent"),
             QStringLiteral("80"), QStringLiteral("--weekly-percent"), QStringLiteral("10"),
             QStringLiteral("--json")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    EXPECT_TRUE(plan.err.isEmpty()) << plan.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(plan.out.toUtf8());
    ASSERT_TRUE(doc.isArray()) << plan.out.toStdString();
    const QJsonArray weeks = doc.array();
    ASSERT_EQ(weeks.size(), kIssueExample.size());
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const QJsonObject w = weeks.at(i).toObject();
        EXPECT_EQ(w.value(QStringLiteral("week")).toInt(), i + 1);
        EXPECT_EQ(w.value(QStringLiteral("quota")).toInt(), kIssueExample.at(i));
        EXPECT_TRUE(
            QDate::fromString(w.value(QStringLiteral("start")).toString(), Qt::ISODate).isValid());
        EXPECT_EQ(w.value(QStringLiteral("per_bout")).toArray(), QJsonArray{kIssueExample.at(i)});
    }
    // Week 1 starts today by default, and weeks follow each other.
    EXPECT_EQ(weeks.at(0).toObject().value(QStringLiteral("start")).toString(),
              QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(weeks.at(1).toObject().value(QStringLiteral("start")).toString(),
              QDate::currentDate().addDays(7).toString(Qt::ISODate));

    // Without the percentages (the defaults apply) and without --json: still no store.
    auto text =
        run({QStringLiteral("pacing"), QStringLiteral("plan"), QStringLiteral("--tolerance"),
             QStringLiteral("10,12,11"), QStringLiteral("--unit"), QStringLiteral("minutes"),
             QStringLiteral("--goal"), QStringLiteral("30"), QStringLiteral("--start"),
             QStringLiteral("2026-11-23")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("baseline 8 minutes (80% of tolerance)")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("  28  2027-05-31  30 minutes")))
        << text.out.toStdString();

    // A named store that does not exist is not created by the calculator either.
    auto named = run({QStringLiteral("--database"), path(QStringLiteral("absent.sqlite")),
                      QStringLiteral("pacing"), QStringLiteral("plan"),
                      QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
                      QStringLiteral("reps"), QStringLiteral("--goal"), QStringLiteral("10")});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_EQ(nonLogFiles(), QStringList()) << "the calculator must not create a database";
}

TEST_F(PacingCliTest, BoutsAndUnitsShowInTheSchedule)
{
    auto holds =
        run({QStringLiteral("pacing"), QStringLiteral("plan"), QStringLiteral("--tolerance"),
             QStringLiteral("20, 25, 22"), QStringLiteral("--unit"), QStringLiteral("seconds"),
             QStringLiteral("--goal"), QStringLiteral("30"), QStringLiteral("--bouts"),
             QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(holds.exitCode, 0) << holds.err.toStdString();
    EXPECT_EQ(quotas(holds.out), (QList<int>{15, 15, 20, 20, 20, 25, 25, 25, 25, 30}));
    const QJsonObject first = QJsonDocument::fromJson(holds.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("per_bout")).toArray(), (QJsonArray{10, 5}));
    EXPECT_EQ(first.value(QStringLiteral("unit")).toString(), QStringLiteral("seconds"));

    auto text = run({QStringLiteral("pacing"), QStringLiteral("plan"),
                     QStringLiteral("--tolerance"), QStringLiteral("10,12,11"),
                     QStringLiteral("--unit"), QStringLiteral("minutes"), QStringLiteral("--goal"),
                     QStringLiteral("12"), QStringLiteral("--bouts"), QStringLiteral("3")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("8 minutes         3 + 3 + 2")))
        << text.out.toStdString();
}

TEST_F(PacingCliTest, InvalidPlanInputIsAUsageErrorOnStderr)
{
    const QStringList base = {QStringLiteral("pacing"), QStringLiteral("plan")};
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("--unit"), QStringLiteral("minutes"), QStringLiteral("--goal"),
          QStringLiteral("30")},
         QStringLiteral("needs --tolerance")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("minutes")},
         QStringLiteral("needs --goal")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10,,11"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30")},
         QStringLiteral("\"\" is not a number")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("furlongs"), QStringLiteral("--goal"), QStringLiteral("30")},
         QStringLiteral("--unit must be one of")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("0")},
         QStringLiteral("goal must be more than 0")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30"),
          QStringLiteral("--weekly-percent"), QStringLiteral("25")},
         QStringLiteral("5 to 20%")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30"),
          QStringLiteral("--weekly-percent"), QStringLiteral("ten")},
         QStringLiteral("--weekly-percent must be a whole number")},
        {{QStringLiteral("--tolerance"), QStringLiteral("10"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30"),
          QStringLiteral("--start"), QStringLiteral("2026-13-01")},
         QStringLiteral("--start must be a date")},
        {{QStringLiteral("--tolerance"), QStringLiteral("-3"), QStringLiteral("--unit"),
          QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30")},
         QStringLiteral("must be more than 0")},
    };
    for (const auto& [args, message] : cases) {
        auto r = run(base + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
    auto unknown = run({QStringLiteral("pacing"), QStringLiteral("calculate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown pacing command 'calculate'")));
    EXPECT_EQ(nonLogFiles(), QStringList());
}

TEST_F(PacingCliTest, ClinicSettingsSupplyDefaultsWhenAStoreExists)
{
    const QString db = path(QStringLiteral("clinic.sqlite"));
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(db));
        ASSERT_TRUE(opened);
        ClinicSettings settings(**opened);
        ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingWeeklyPercent, 20));
        ASSERT_TRUE(settings.setValue(ClinicSettings::Key::PacingRegressBadDays, 3));
    }
    const QStringList plan = {QStringLiteral("--database"),  db,
                              QStringLiteral("pacing"),      QStringLiteral("plan"),
                              QStringLiteral("--tolerance"), QStringLiteral("10"),
                              QStringLiteral("--unit"),      QStringLiteral("minutes"),
                              QStringLiteral("--goal"),      QStringLiteral("20"),
                              QStringLiteral("--json")};
    auto fromSettings = run(plan);
    ASSERT_EQ(fromSettings.exitCode, 0) << fromSettings.err.toStdString();
    EXPECT_EQ(quotas(fromSettings.out), (QList<int>{8, 10, 11, 13, 14, 16, 18, 19, 20}));
    // Options given on the command line win over the settings.
    auto overridden =
        run(plan + QStringList{QStringLiteral("--weekly-percent"), QStringLiteral("10"),
                               QStringLiteral("--baseline-percent"), QStringLiteral("80")});
    ASSERT_EQ(overridden.exitCode, 0);
    EXPECT_EQ(quotas(overridden.out).size(), 16); // 8 + 0.8 a week reaches 20 in week 16

    // Review thresholds too: two bad days in a row are only a hold when the clinic says 3.
    const QString file = write(QStringLiteral("two-bad.json"), R"({
        "baseline_pain": 2, "previous_week_pain": 3, "this_week_pain": 3,
        "days": [{"quota_met": true, "exercise_pain": 6, "next_morning_pain": 2},
                 {"quota_met": true, "exercise_pain": 7, "next_morning_pain": 2}]})");
    auto clinic =
        run({QStringLiteral("--database"), db, QStringLiteral("pacing"), QStringLiteral("review"),
             QStringLiteral("--input"), file, QStringLiteral("--json")});
    ASSERT_EQ(clinic.exitCode, 0) << clinic.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(clinic.out.toUtf8())
                  .object()
                  .value(QStringLiteral("decision"))
                  .toString(),
              QStringLiteral("hold"));
    auto documented = run({QStringLiteral("pacing"), QStringLiteral("review"),
                           QStringLiteral("--input"), file, QStringLiteral("--json")});
    ASSERT_EQ(documented.exitCode, 0) << documented.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(documented.out.toUtf8())
                  .object()
                  .value(QStringLiteral("decision"))
                  .toString(),
              QStringLiteral("regress"));
}

TEST_F(PacingCliTest, ReviewPrintsTheDecisionTheRuleAndTheData)
{
    const QString file = write(QStringLiteral("review.json"), R"({
        "baseline_pain": 2, "previous_week_pain": 3, "this_week_pain": 3, "leg_symptoms": "stable",
        "days": [
            {"date": "2026-11-16", "quota_met": true, "exercise_pain": 3, "next_morning_pain": 2},
            {"date": "2026-11-17", "quota_met": true, "exercise_pain": 5, "next_morning_pain": 2},
            {"date": "2026-11-18", "quota_met": true, "exercise_pain": 4, "next_morning_pain": 2}],
        "plan": {"tolerance": [10, 12, 11], "unit": "minutes", "goal": 30, "week": 4}})");
    auto text =
        run({QStringLiteral("pacing"), QStringLiteral("review"), QStringLiteral("--input"), file});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Decision: Progress\n")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("Proposal: Move on to week 5 of the plan: 11 minutes a day.")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Rule: progress.criteria_met")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Silbernagel et al. 2007")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Highest pain during exercise: 5/10")));

    auto json = run({QStringLiteral("pacing"), QStringLiteral("review"), QStringLiteral("--input"),
                     file, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("decision")).toString(), QStringLiteral("progress"));
    EXPECT_EQ(o.value(QStringLiteral("rule")).toString(), QStringLiteral("progress.criteria_met"));
    EXPECT_EQ(o.value(QStringLiteral("proposed_quota")).toInt(), 11);
    EXPECT_EQ(o.value(QStringLiteral("pain_band")).toString(), QStringLiteral("acceptable"));

    // A red flag read from standard input stops everything.
    auto stop = run({QStringLiteral("pacing"), QStringLiteral("review"), QStringLiteral("--input"),
                     QStringLiteral("-"), QStringLiteral("--json")},
                    R"({"red_flag": true, "leg_symptoms": "peripheralising"})");
    ASSERT_EQ(stop.exitCode, 0) << stop.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(stop.out.toUtf8()).object();
    EXPECT_EQ(s.value(QStringLiteral("decision")).toString(), QStringLiteral("stop_and_refer"));
    EXPECT_FALSE(s.contains(QStringLiteral("proposed_quota")));
    const QJsonArray also = s.value(QStringLiteral("also_noted")).toArray();
    ASSERT_FALSE(also.isEmpty());
    EXPECT_EQ(also.at(0).toObject().value(QStringLiteral("rule")).toString(),
              QStringLiteral("regress.peripheralising"));
    EXPECT_EQ(nonLogFiles(), QStringList());
}

TEST_F(PacingCliTest, InvalidReviewInputIsAUsageError)
{
    const QList<QPair<QByteArray, QString>> cases = {
        {"{\"days\": [", QStringLiteral("is not valid JSON")},
        {"[1, 2]", QStringLiteral("must hold one JSON object")},
        {R"({"days": [{"exercise_pain": 12}]})",
         QStringLiteral("days[1].exercise_pain must be a whole number from 0 to 10")},
        {R"({"red_flags": true})", QStringLiteral("red_flags is not a known field")},
    };
    int n = 0;
    for (const auto& [content, message] : cases) {
        const QString file = write(QStringLiteral("bad%1.json").arg(++n), content);
        auto r = run(
            {QStringLiteral("pacing"), QStringLiteral("review"), QStringLiteral("--input"), file});
        EXPECT_EQ(r.exitCode, 2) << content.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
    auto missing = run({QStringLiteral("pacing"), QStringLiteral("review"),
                        QStringLiteral("--input"), path(QStringLiteral("nowhere.json"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Cannot read")));
    auto noInput = run({QStringLiteral("pacing"), QStringLiteral("review")});
    EXPECT_EQ(noInput.exitCode, 2);
    EXPECT_TRUE(noInput.err.contains(QStringLiteral("needs --input FILE")));
}

TEST_F(PacingCliTest, HelpDocumentsTheReviewFormat)
{
    auto help = run({QStringLiteral("pacing"), QStringLiteral("review"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* field :
         {"days", "quota_met", "exercise_pain", "next_morning_pain", "baseline_pain",
          "previous_week_pain", "this_week_pain", "leg_symptoms", "new_neurological_sign",
          "red_flag", "step", "plan", "thresholds"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(field))) << field;
    auto group = run({QStringLiteral("pacing"), QStringLiteral("--help")});
    EXPECT_EQ(group.exitCode, 0);
    EXPECT_TRUE(group.out.contains(QStringLiteral("plan")));
    EXPECT_TRUE(group.out.contains(QStringLiteral("review")));
    auto top = run({QStringLiteral("--help")});
    EXPECT_TRUE(top.out.contains(QStringLiteral("  pacing ")));
}
