// The visit, measure, score and export commands, run as the real gradus-cli binary.
#include "storage/Database.h"
#include "support/VisitFixtures.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace gradus;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

class VisitCliTest : public testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.filePath(QStringLiteral("clinic.sqlite"));
        auto db = Database::open(DatabaseLocation::sqliteFile(m_db));
        ASSERT_TRUE(db);
        m_patient = test::insertPatient(**db);
        ASSERT_GT(m_patient, 0);
    }

    CliResult run(QStringList args)
    {
        args.prepend(m_db);
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

    QString patient() const { return QString::number(m_patient); }
    static QString date(int daysAgo)
    {
        return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_patient = 0;
};

} // namespace

TEST_F(VisitCliTest, ScoreCommandPrintsScoresBandsAndWarnings)
{
    auto odi = run({QStringLiteral("score"), QStringLiteral("odi"), QStringLiteral("--answers"),
                    QStringLiteral("3,2,2,1,2,1,2,1,1,1"), QStringLiteral("--json")});
    ASSERT_EQ(odi.exitCode, 0) << odi.err.toStdString();
    EXPECT_DOUBLE_EQ(odi.json()[QStringLiteral("score")].toDouble(), 32.0);
    EXPECT_EQ(odi.json()[QStringLiteral("band")].toString(), QStringLiteral("moderate"));

    auto missing = run({QStringLiteral("score"), QStringLiteral("odi"), QStringLiteral("--answers"),
                        QStringLiteral("3,2,x,x,x,1,2,1,1,1")});
    ASSERT_EQ(missing.exitCode, 0);
    EXPECT_TRUE(missing.out.contains(QStringLiteral("ODI 31.4% (moderate disability)")))
        << missing.out.toStdString();
    EXPECT_TRUE(missing.out.contains(QStringLiteral("Warning: 3 of 10 ODI sections")));

    auto sb =
        run({QStringLiteral("score"), QStringLiteral("startback"), QStringLiteral("--answers"),
             QStringLiteral("1,1,0,0,1,1,1,0,5"), QStringLiteral("--json")});
    ASSERT_EQ(sb.exitCode, 0);
    EXPECT_EQ(sb.json()[QStringLiteral("total")].toInt(), 6);
    EXPECT_EQ(sb.json()[QStringLiteral("subscale")].toInt(), 4);
    EXPECT_EQ(sb.json()[QStringLiteral("risk")].toString(), QStringLiteral("high"));

    auto rmdq = run({QStringLiteral("score"), QStringLiteral("rmdq"), QStringLiteral("--answers"),
                     QStringLiteral("1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1"),
                     QStringLiteral("--json")});
    EXPECT_EQ(rmdq.json()[QStringLiteral("score")].toInt(), 4);
    auto psfs = run({QStringLiteral("score"), QStringLiteral("psfs"), QStringLiteral("--answers"),
                     QStringLiteral("3,4,4"), QStringLiteral("--json")});
    EXPECT_DOUBLE_EQ(psfs.json()[QStringLiteral("score")].toDouble(), 3.67);
    auto tsk = run({QStringLiteral("score"), QStringLiteral("tsk"), QStringLiteral("--answers"),
                    QStringLiteral("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1"), QStringLiteral("--json")});
    EXPECT_EQ(tsk.json()[QStringLiteral("score")].toInt(), 29);
}

TEST_F(VisitCliTest, ScoreCommandRejectsInvalidInputWithExitTwo)
{
    const QList<QStringList> bad = {
        {QStringLiteral("odi"), QStringLiteral("--answers"), QStringLiteral("1,2,3")},
        {QStringLiteral("odi"), QStringLiteral("--answers"), QStringLiteral("1,2,3,4,5,6,1,1,1,1")},
        {QStringLiteral("rmdq"), QStringLiteral("--answers"), QStringLiteral("1,0,x")},
        {QStringLiteral("startback"), QStringLiteral("--answers"),
         QStringLiteral("0,0,0,0,0,0,0,0,0")},
        {QStringLiteral("psfs"), QStringLiteral("--answers"), QStringLiteral("3,4")},
        {QStringLiteral("tsk"), QStringLiteral("--answers"),
         QStringLiteral("5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1")},
        {QStringLiteral("ndi"), QStringLiteral("--answers"), QStringLiteral("1")},
        {QStringLiteral("odi")},
    };
    for (QStringList args : bad) {
        args.prepend(QStringLiteral("score"));
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("gradus-cli: "))) << r.err.toStdString();
    }
}

TEST_F(VisitCliTest, VisitAddPrintsTheIdAndListShowsIt)
{
    auto first = run(
        {QStringLiteral("visit"), QStringLiteral("add"), patient(), QStringLiteral("--date"),
         date(14), QStringLiteral("--pain"), QStringLiteral("7"), QStringLiteral("--pain-best"),
         QStringLiteral("5"), QStringLiteral("--pain-worst"), QStringLiteral("9"),
         QStringLiteral("--activity-minutes"), QStringLiteral("15"), QStringLiteral("--adherence"),
         QStringLiteral("3/5"), QStringLiteral("--clinician"), QStringLiteral("Pat Clinician")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    bool ok = false;
    const qint64 id = first.out.trimmed().toLongLong(&ok);
    ASSERT_TRUE(ok) << first.out.toStdString();
    auto second =
        run({QStringLiteral("visit"), QStringLiteral("add"), patient(), QStringLiteral("--date"),
             date(0), QStringLiteral("--pain"), QStringLiteral("4")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();

    auto list =
        run({QStringLiteral("visit"), QStringLiteral("list"), patient(), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray visits = list.json().toArray();
    ASSERT_EQ(visits.size(), 2);
    const QJsonObject v = visits.at(0).toObject();
    EXPECT_EQ(v[QStringLiteral("id")].toInteger(), id);
    EXPECT_EQ(v[QStringLiteral("date")].toString(), date(14));
    EXPECT_EQ(v[QStringLiteral("pain")].toInt(), 7);
    EXPECT_EQ(v[QStringLiteral("pain_best")].toInt(), 5);
    EXPECT_EQ(v[QStringLiteral("pain_worst")].toInt(), 9);
    EXPECT_EQ(v[QStringLiteral("activity_minutes")].toInt(), 15);
    EXPECT_EQ(v[QStringLiteral("sessions_done")].toInt(), 3);
    EXPECT_EQ(v[QStringLiteral("sessions_planned")].toInt(), 5);
    EXPECT_EQ(v[QStringLiteral("clinician")].toString(), QStringLiteral("Pat Clinician"));
    // Without --clinician the OS user's name is recorded.
    EXPECT_FALSE(visits.at(1).toObject()[QStringLiteral("clinician")].toString().isEmpty());
    EXPECT_EQ(visits.at(1).toObject()[QStringLiteral("pain")].toInt(), 4);
}

TEST_F(VisitCliTest, VisitAddRejectsInvalidInputAndWritesNothing)
{
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("--date"), date(1), QStringLiteral("--pain"), QStringLiteral("11")},
         QStringLiteral("0 to 10")},
        {{QStringLiteral("--date"), date(1), QStringLiteral("--pain"), QStringLiteral("6.5")},
         QStringLiteral("whole number")},
        {{QStringLiteral("--date"), date(-3), QStringLiteral("--pain"), QStringLiteral("5")},
         QStringLiteral("in the future")},
        {{QStringLiteral("--date"), QStringLiteral("21/11/2026"), QStringLiteral("--pain"),
          QStringLiteral("5")},
         QStringLiteral("YYYY-MM-DD")},
        {{QStringLiteral("--date"), date(1), QStringLiteral("--pain"), QStringLiteral("5"),
          QStringLiteral("--adherence"), QStringLiteral("6/5")},
         QStringLiteral("more than the 5 prescribed")},
        {{QStringLiteral("--date"), date(1), QStringLiteral("--pain"), QStringLiteral("5"),
          QStringLiteral("--pain-best"), QStringLiteral("6"), QStringLiteral("--pain-worst"),
          QStringLiteral("3")},
         QStringLiteral("lower than the best")},
        {{QStringLiteral("--pain"), QStringLiteral("5")}, QStringLiteral("--date")},
        {{QStringLiteral("--date"), date(1)}, QStringLiteral("--pain")},
    };
    for (const auto& [extra, message] : cases) {
        QStringList args{QStringLiteral("visit"), QStringLiteral("add"), patient()};
        args << extra;
        auto r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    auto noPatient =
        run({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("999"),
             QStringLiteral("--date"), date(1), QStringLiteral("--pain"), QStringLiteral("5")});
    EXPECT_EQ(noPatient.exitCode, 1);
    EXPECT_TRUE(noPatient.err.contains(QStringLiteral("no patient with id 999")));

    auto list =
        run({QStringLiteral("visit"), QStringLiteral("list"), patient(), QStringLiteral("--json")});
    EXPECT_EQ(list.json().toArray().size(), 0);
}

TEST_F(VisitCliTest, VisitAmendKeepsTheOriginal)
{
    auto add = run({QStringLiteral("visit"), QStringLiteral("add"), patient(),
                    QStringLiteral("--date"), date(3), QStringLiteral("--pain"),
                    QStringLiteral("6"), QStringLiteral("--steps"), QStringLiteral("4000")});
    ASSERT_EQ(add.exitCode, 0);
    const QString id = add.out.trimmed();
    auto noReason = run({QStringLiteral("visit"), QStringLiteral("amend"), id,
                         QStringLiteral("--pain"), QStringLiteral("5")});
    EXPECT_EQ(noReason.exitCode, 2);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("--reason")));
    auto amend =
        run({QStringLiteral("visit"), QStringLiteral("amend"), id, QStringLiteral("--pain"),
             QStringLiteral("5"), QStringLiteral("--clear"), QStringLiteral("steps"),
             QStringLiteral("--reason"), QStringLiteral("misheard"), QStringLiteral("--clinician"),
             QStringLiteral("Sam Second")});
    ASSERT_EQ(amend.exitCode, 0) << amend.err.toStdString();
    EXPECT_EQ(amend.out.trimmed(), QStringLiteral("2"));
    auto same = run({QStringLiteral("visit"), QStringLiteral("amend"), id, QStringLiteral("--pain"),
                     QStringLiteral("5"), QStringLiteral("--reason"), QStringLiteral("again")});
    EXPECT_EQ(same.exitCode, 2);
    EXPECT_TRUE(same.err.contains(QStringLiteral("changes nothing")));

    auto show =
        run({QStringLiteral("visit"), QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0);
    const QJsonObject o = show.json().toObject();
    EXPECT_EQ(o[QStringLiteral("pain")].toInt(), 5);
    EXPECT_TRUE(o[QStringLiteral("steps")].isNull());
    EXPECT_EQ(o[QStringLiteral("amended_by")].toString(), QStringLiteral("Sam Second"));
    const QJsonArray history = o[QStringLiteral("history")].toArray();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0)[QStringLiteral("pain")].toInt(), 6);
    EXPECT_EQ(history.at(0)[QStringLiteral("steps")].toInt(), 4000);
    EXPECT_EQ(history.at(1)[QStringLiteral("reason")].toString(), QStringLiteral("misheard"));

    // The list says the visit is not as first saved.
    auto list = run({QStringLiteral("visit"), QStringLiteral("list"), patient()});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("[amended, revision 2]")))
        << list.out.toStdString();
}

TEST_F(VisitCliTest, MeasureAddListAndPsfsActivities)
{
    auto odi = run({QStringLiteral("measure"), QStringLiteral("add"), patient(),
                    QStringLiteral("--type"), QStringLiteral("odi"), QStringLiteral("--answers"),
                    QStringLiteral("4,4,4,4,4,0,0,0,0,0"), QStringLiteral("--date"), date(20)});
    ASSERT_EQ(odi.exitCode, 0) << odi.err.toStdString();
    auto psfsUnnamed =
        run({QStringLiteral("measure"), QStringLiteral("add"), patient(), QStringLiteral("--type"),
             QStringLiteral("psfs"), QStringLiteral("--answers"), QStringLiteral("2,3,4")});
    EXPECT_EQ(psfsUnnamed.exitCode, 2);
    EXPECT_TRUE(psfsUnnamed.err.contains(QStringLiteral("names its activities")));
    auto psfs = run({QStringLiteral("measure"), QStringLiteral("add"), patient(),
                     QStringLiteral("--type"), QStringLiteral("psfs"), QStringLiteral("--answers"),
                     QStringLiteral("2,3,4"), QStringLiteral("--activities"),
                     QStringLiteral("Sitting at work;Lifting a child;Walking uphill"),
                     QStringLiteral("--date"), date(20)});
    ASSERT_EQ(psfs.exitCode, 0) << psfs.err.toStdString();
    auto rerate =
        run({QStringLiteral("measure"), QStringLiteral("add"), patient(), QStringLiteral("--type"),
             QStringLiteral("psfs"), QStringLiteral("--answers"), QStringLiteral("6,6,7"),
             QStringLiteral("--json")});
    ASSERT_EQ(rerate.exitCode, 0) << rerate.err.toStdString();
    EXPECT_DOUBLE_EQ(rerate.json()[QStringLiteral("score")].toDouble(), 6.33);
    auto badOdi = run({QStringLiteral("measure"), QStringLiteral("add"), patient(),
                       QStringLiteral("--type"), QStringLiteral("odi"), QStringLiteral("--answers"),
                       QStringLiteral("9,0,0,0,0,0,0,0,0,0")});
    EXPECT_EQ(badOdi.exitCode, 2);

    auto list = run(
        {QStringLiteral("measure"), QStringLiteral("list"), patient(), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray measures = list.json().toArray();
    ASSERT_EQ(measures.size(), 3);
    EXPECT_EQ(measures.at(0)[QStringLiteral("instrument")].toString(), QStringLiteral("odi"));
    EXPECT_DOUBLE_EQ(measures.at(0)[QStringLiteral("score")].toDouble(), 40.0);
    EXPECT_EQ(measures.at(0)[QStringLiteral("answers")].toString(),
              QStringLiteral("4,4,4,4,4,0,0,0,0,0"));
    auto onlyPsfs =
        run({QStringLiteral("measure"), QStringLiteral("list"), patient(), QStringLiteral("--type"),
             QStringLiteral("psfs"), QStringLiteral("--json")});
    EXPECT_EQ(onlyPsfs.json().toArray().size(), 2);
}

TEST_F(VisitCliTest, ExportOutcomesWritesCsvWithoutNames)
{
    ASSERT_EQ(
        run({QStringLiteral("visit"), QStringLiteral("add"), patient(), QStringLiteral("--date"),
             date(2), QStringLiteral("--pain"), QStringLiteral("6")})
            .exitCode,
        0);
    ASSERT_EQ(run({QStringLiteral("measure"), QStringLiteral("add"), patient(),
                   QStringLiteral("--type"), QStringLiteral("startback"),
                   QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,0,0,0,2")})
                  .exitCode,
              0);
    const QString csv = m_dir.filePath(QStringLiteral("outcomes.csv"));
    auto r =
        run({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3);
    // RFC 4180: every field quoted.
    EXPECT_TRUE(
        lines.at(0).startsWith(QStringLiteral("\"patient_id\",\"episode_id\",\"visit_id\"")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",\"nprs_now\",\"6\",")));
    EXPECT_TRUE(lines.at(2).contains(
        QStringLiteral(",\"startback\",\"5\",\"medium\",\"1\",\"1,1,1,1,1,0,0,0,2\"")))
        << lines.at(2).toStdString();
    EXPECT_FALSE(lines.join(u'\n').contains(QStringLiteral("Testperson")));

    auto again =
        run({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"), csv});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"),
                   csv, QStringLiteral("--force")})
                  .exitCode,
              0);
}
