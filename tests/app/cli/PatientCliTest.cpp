// gradus-cli patient / condition / demo, run as the real binary against a real SQLite file.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class PatientCliTest : public testing::Test
{
protected:
    CliRun cli(QStringList args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("GRADUS_DATABASE"), m_dir.filePath(QStringLiteral("clinic.db")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Adds a patient and returns the id printed.
    qint64 add(const QStringList& fields)
    {
        CliRun r = cli(QStringList{QStringLiteral("patient"), QStringLiteral("add")} + fields);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed().toLongLong();
    }

    QJsonArray list(const QStringList& extra = {})
    {
        CliRun r = cli(QStringList{QStringLiteral("patient"), QStringLiteral("list"),
                                   QStringLiteral("--json")} +
                       extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }

    QJsonObject show(qint64 id)
    {
        CliRun r = cli({QStringLiteral("patient"), QStringLiteral("show"), QString::number(id),
                        QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().object();
    }

    static QStringList zoe()
    {
        return {QStringLiteral("--given"),         QStringLiteral("Zoë"),
                QStringLiteral("--family"),        QStringLiteral("Müller"),
                QStringLiteral("--dob"),           QStringLiteral("1985-03-14"),
                QStringLiteral("--sex"),           QStringLiteral("f"),
                QStringLiteral("--clinic-number"), QStringLiteral("K-1042")};
    }

    QTemporaryDir m_dir;
};

QStringList ids(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    return list;
}

} // namespace

TEST_F(PatientCliTest, AddPrintsTheIdAloneAndShowPrintsEverything)
{
    CliRun r = cli(QStringList{QStringLiteral("patient"), QStringLiteral("add")} + zoe() +
                   QStringList{QStringLiteral("--phone"), QStringLiteral("07700 900123")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\n"));
    EXPECT_TRUE(r.err.isEmpty());

    const QJsonObject p = show(1);
    EXPECT_EQ(p.value(QStringLiteral("id")).toInteger(), 1);
    EXPECT_EQ(p.value(QStringLiteral("given")).toString(), QStringLiteral("Zoë"));
    EXPECT_EQ(p.value(QStringLiteral("family")).toString(), QStringLiteral("Müller"));
    EXPECT_EQ(p.value(QStringLiteral("dob")).toString(), QStringLiteral("1985-03-14"));
    EXPECT_EQ(p.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    EXPECT_EQ(p.value(QStringLiteral("clinic_number")).toString(), QStringLiteral("K-1042"));
    EXPECT_EQ(p.value(QStringLiteral("phone")).toString(), QStringLiteral("07700 900123"));
    EXPECT_TRUE(p.value(QStringLiteral("email")).isNull());
    EXPECT_FALSE(p.value(QStringLiteral("archived")).toBool());
    EXPECT_TRUE(p.value(QStringLiteral("episodes")).toArray().isEmpty());
    EXPECT_FALSE(p.value(QStringLiteral("created_at")).toString().isEmpty());

    CliRun text = cli({QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("1")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Müller, Zoë (id 1)")));
}

TEST_F(PatientCliTest, InvalidInputExitsWithTwoAndWritesNothing)
{
    add(zoe());
    const struct
    {
        QStringList args;
        QString message;
    } cases[] = {
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--dob"),
          QStringLiteral("1970-01-01")},
         QStringLiteral("The family name is required.")},
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
          QStringLiteral("Schmidt"), QStringLiteral("--dob"), QStringLiteral("2099-01-01")},
         QStringLiteral("The date of birth 2099-01-01 is in the future.")},
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
          QStringLiteral("Schmidt"), QStringLiteral("--dob"), QStringLiteral("1850-01-01")},
         QStringLiteral("please check the year")},
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
          QStringLiteral("Schmidt"), QStringLiteral("--dob"), QStringLiteral("14/03/1985")},
         QStringLiteral("--dob must be a date written YYYY-MM-DD (not '14/03/1985').")},
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
          QStringLiteral("Schmidt"), QStringLiteral("--dob"), QStringLiteral("1970-01-01"),
          QStringLiteral("--sex"), QStringLiteral("q")},
         QStringLiteral("--sex must be female, male or other")},
        {{QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
          QStringLiteral("Schmidt"), QStringLiteral("--dob"), QStringLiteral("1970-01-01"),
          QStringLiteral("--clinic-number"), QStringLiteral("k-1042")},
         QStringLiteral(
             "The clinic number k-1042 is already used by another patient (Müller, Zoë).")},
    };
    for (const auto& c : cases) {
        CliRun r = cli(QStringList{QStringLiteral("patient"), QStringLiteral("add")} + c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
    }
    EXPECT_EQ(list({QStringLiteral("--archived")}).size(), 1);
}

TEST_F(PatientCliTest, ListSearchesWithoutAccentsOrCaseAndHidesArchived)
{
    const qint64 zoeId = add(zoe());
    const qint64 soren =
        add({QStringLiteral("--given"), QStringLiteral("Søren"), QStringLiteral("--family"),
             QStringLiteral("Østergaard"), QStringLiteral("--dob"), QStringLiteral("1990-06-30")});
    const qint64 anna =
        add({QStringLiteral("--given"), QStringLiteral("Anna"), QStringLiteral("--family"),
             QStringLiteral("Adams"), QStringLiteral("--dob"), QStringLiteral("1960-05-05")});

    const QJsonArray all = list();
    EXPECT_EQ(ids(all),
              (QStringList{QString::number(anna), QString::number(zoeId), QString::number(soren)}));
    const QJsonObject first = all.at(0).toObject();
    for (const char* key : {"id", "given", "family", "dob"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;

    EXPECT_EQ(ids(list({QStringLiteral("--search"), QStringLiteral("zoe")})),
              QStringList{QString::number(zoeId)});
    EXPECT_EQ(ids(list({QStringLiteral("--search"), QStringLiteral("MUELLER")})),
              QStringList{QString::number(zoeId)});
    EXPECT_EQ(ids(list({QStringLiteral("--search"), QStringLiteral("soren oster")})),
              QStringList{QString::number(soren)});
    EXPECT_EQ(ids(list({QStringLiteral("--search"), QStringLiteral("1960")})),
              QStringList{QString::number(anna)});

    CliRun archived =
        cli({QStringLiteral("patient"), QStringLiteral("archive"), QString::number(anna)});
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    EXPECT_TRUE(list({QStringLiteral("--search"), QStringLiteral("adams")}).isEmpty());
    EXPECT_EQ(
        list({QStringLiteral("--search"), QStringLiteral("adams"), QStringLiteral("--archived")})
            .size(),
        1);
    CliRun restored = cli({QStringLiteral("patient"), QStringLiteral("archive"),
                           QString::number(anna), QStringLiteral("--restore")});
    ASSERT_EQ(restored.exitCode, 0);
    EXPECT_EQ(list({QStringLiteral("--search"), QStringLiteral("adams")}).size(), 1);
}

TEST_F(PatientCliTest, EditChangesOnlyWhatIsGivenAndRefusesADuplicateNumber)
{
    const qint64 id = add(zoe());
    const qint64 other =
        add({QStringLiteral("--given"), QStringLiteral("Ben"), QStringLiteral("--family"),
             QStringLiteral("Eze"), QStringLiteral("--dob"), QStringLiteral("1990-01-01"),
             QStringLiteral("--clinic-number"), QStringLiteral("K-7")});
    CliRun edit = cli({QStringLiteral("patient"), QStringLiteral("edit"), QString::number(id),
                       QStringLiteral("--phone"), QStringLiteral("07700 900555"),
                       QStringLiteral("--clinic-number"), QString()});
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();
    EXPECT_TRUE(edit.out.isEmpty());
    QJsonObject p = show(id);
    EXPECT_EQ(p.value(QStringLiteral("phone")).toString(), QStringLiteral("07700 900555"));
    EXPECT_TRUE(p.value(QStringLiteral("clinic_number")).isNull());
    EXPECT_EQ(p.value(QStringLiteral("given")).toString(), QStringLiteral("Zoë"));

    CliRun clash = cli({QStringLiteral("patient"), QStringLiteral("edit"), QString::number(id),
                        QStringLiteral("--clinic-number"), QStringLiteral("K-7"),
                        QStringLiteral("--phone"), QStringLiteral("07700 900999")});
    EXPECT_EQ(clash.exitCode, 2);
    EXPECT_TRUE(clash.err.contains(QStringLiteral("already used by another patient (Eze, Ben)")));
    p = show(id);
    EXPECT_EQ(p.value(QStringLiteral("phone")).toString(), QStringLiteral("07700 900555"));
    EXPECT_TRUE(p.value(QStringLiteral("clinic_number")).isNull());
    EXPECT_EQ(show(other).value(QStringLiteral("clinic_number")).toString(), QStringLiteral("K-7"));

    CliRun future = cli({QStringLiteral("patient"), QStringLiteral("edit"), QString::number(id),
                         QStringLiteral("--dob"), QStringLiteral("2999-01-01")});
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_EQ(show(id).value(QStringLiteral("dob")).toString(), QStringLiteral("1985-03-14"));
}

TEST_F(PatientCliTest, DeleteNeedsYesAndSaysWhatItDeleted)
{
    const qint64 id = add(zoe());
    ASSERT_EQ(cli({QStringLiteral("condition"), QStringLiteral("add"), QString::number(id),
                   QStringLiteral("sciatica"), QStringLiteral("--side"), QStringLiteral("left")})
                  .exitCode,
              0);
    CliRun refused =
        cli({QStringLiteral("patient"), QStringLiteral("delete"), QString::number(id)});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Zoë Müller (id 1, born 1985-03-14)")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--yes")));
    EXPECT_EQ(list().size(), 1);

    CliRun deleted = cli({QStringLiteral("patient"), QStringLiteral("delete"), QString::number(id),
                          QStringLiteral("--yes")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(deleted.out,
              QStringLiteral("Deleted patient 1 (episodes of care: 1, conditions: 1).\n"));
    EXPECT_TRUE(list({QStringLiteral("--archived")}).isEmpty());
    CliRun gone = cli({QStringLiteral("patient"), QStringLiteral("show"), QString::number(id)});
    EXPECT_EQ(gone.exitCode, 2);
    EXPECT_TRUE(gone.err.contains(QStringLiteral("There is no patient with id 1.")));
}

TEST_F(PatientCliTest, BadPatientIdsAreUsageErrors)
{
    ASSERT_EQ(cli({QStringLiteral("db"), QStringLiteral("create")}).exitCode, 0);
    for (const QStringList& args :
         {QStringList{QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("abc")},
          QStringList{QStringLiteral("patient"), QStringLiteral("show")},
          QStringList{QStringLiteral("patient"), QStringLiteral("archive"), QStringLiteral("99")},
          QStringList{QStringLiteral("condition"), QStringLiteral("add"), QStringLiteral("99"),
                      QStringLiteral("sciatica")},
          QStringList{QStringLiteral("patient"), QStringLiteral("frobnicate")}}) {
        CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST_F(PatientCliTest, ConditionCodesListsTheCodeList)
{
    CliRun r =
        cli({QStringLiteral("condition"), QStringLiteral("codes"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& v : r.json().array())
        byCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
    for (const char* code :
         {"acute_nonspecific_lbp", "sciatica", "disc_herniation", "lumbar_spinal_stenosis",
          "spondylolisthesis", "osteoporosis", "vertebral_fracture_history", "pregnancy",
          "recent_surgery", "hypermobility", "cardiovascular_precautions"}) {
        ASSERT_TRUE(byCode.contains(QLatin1String(code))) << code;
        EXPECT_FALSE(
            byCode[QLatin1String(code)].value(QStringLiteral("name")).toString().isEmpty());
    }
    EXPECT_TRUE(byCode[QStringLiteral("sciatica")].value(QStringLiteral("side")).toBool());
    EXPECT_EQ(byCode[QStringLiteral("pregnancy")]
                  .value(QStringLiteral("amount"))
                  .toObject()
                  .value(QStringLiteral("unit"))
                  .toString(),
              QStringLiteral("weeks"));
}

TEST_F(PatientCliTest, ConditionAddOpensAnEpisodeOnlyWhenNoneIsOpen)
{
    const qint64 id = add(zoe());
    const QString pid = QString::number(id);
    // Refused input opens no episode either.
    CliRun badSide =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid,
             QStringLiteral("osteoporosis"), QStringLiteral("--side"), QStringLiteral("left")});
    EXPECT_EQ(badSide.exitCode, 2);
    EXPECT_TRUE(badSide.err.contains(QStringLiteral("has no side"))) << badSide.err.toStdString();
    CliRun badCode = cli(
        {QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("broken_leg")});
    EXPECT_EQ(badCode.exitCode, 2);
    EXPECT_TRUE(badCode.err.contains(QStringLiteral("'broken_leg' is not a known condition code")));
    CliRun badWeeks =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("pregnancy"),
             QStringLiteral("--weeks"), QStringLiteral("50")});
    EXPECT_EQ(badWeeks.exitCode, 2);
    CliRun badOnset =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("sciatica"),
             QStringLiteral("--onset"), QStringLiteral("2999-01-01")});
    EXPECT_EQ(badOnset.exitCode, 2);
    EXPECT_TRUE(show(id).value(QStringLiteral("episodes")).toArray().isEmpty());

    CliRun first =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("sciatica"),
             QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--onset"),
             QStringLiteral("2020-01-05"), QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject c = first.json().object();
    EXPECT_TRUE(c.value(QStringLiteral("episode_opened")).toBool());
    EXPECT_EQ(c.value(QStringLiteral("code")).toString(), QStringLiteral("sciatica"));
    EXPECT_EQ(c.value(QStringLiteral("side")).toString(), QStringLiteral("left"));
    EXPECT_EQ(c.value(QStringLiteral("onset")).toString(), QStringLiteral("2020-01-05"));
    EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    CliRun second =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("pregnancy"),
             QStringLiteral("--weeks"), QStringLiteral("24")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_GT(second.out.trimmed().toLongLong(), 0);

    const QJsonArray episodes = show(id).value(QStringLiteral("episodes")).toArray();
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_TRUE(episodes.at(0).toObject().value(QStringLiteral("open")).toBool());
    CliRun listed =
        cli({QStringLiteral("condition"), QStringLiteral("list"), pid, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray conditions = listed.json().array();
    ASSERT_EQ(conditions.size(), 2);
    QStringList codes;
    for (const QJsonValue& v : conditions)
        codes << v.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    EXPECT_EQ(codes, (QStringList{QStringLiteral("pregnancy"), QStringLiteral("sciatica")}));

    CliRun twice =
        cli({QStringLiteral("condition"), QStringLiteral("add"), pid, QStringLiteral("sciatica"),
             QStringLiteral("--side"), QStringLiteral("left")});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already an active part")));
}

TEST_F(PatientCliTest, DemoSpreadsVisitsAndReportsWhatItWrote)
{
    CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("30"),
                    QStringLiteral("--visits"), QStringLiteral("500"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = r.json().object();
    EXPECT_EQ(summary.value(QStringLiteral("patients")).toInt(), 30);
    EXPECT_EQ(summary.value(QStringLiteral("visits")).toInt(), 500);
    EXPECT_GT(summary.value(QStringLiteral("measures")).toInt(), 30);
    // patients + episodes + conditions + visits and their revisions + measures and theirs + ...
    EXPECT_GT(summary.value(QStringLiteral("rows")).toInt(), 30 + 500 * 2);
    EXPECT_GE(summary.value(QStringLiteral("seconds")).toDouble(), 0.0);

    for (const QStringList& bad :
         {QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("2"),
                      QStringLiteral("--visits"), QStringLiteral("-1")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("2"),
                      QStringLiteral("--visits"), QStringLiteral("lots")}}) {
        CliRun refused = cli(bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(u' ').toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("visits"))) << refused.err.toStdString();
    }
    EXPECT_EQ(list({QStringLiteral("--archived")}).size(), 30);
}

// Ctrl+C in the middle of a big demo: the one transaction rolls back, the process says so and
// exits 130, and the clinic is exactly as before (here: the one patient added first).
TEST_F(PatientCliTest, DemoInterruptedWritesNothing)
{
    add(zoe());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("GRADUS_DATABASE"), m_dir.filePath(QStringLiteral("clinic.db")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRADUS_CLI_PATH),
                  {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("200000"),
                   QStringLiteral("--visits"), QStringLiteral("4000000"),
                   QStringLiteral("--progress")});
    ASSERT_TRUE(process.waitForStarted());
    // Wait for the second progress line, so that rows have been sent to the file.
    QByteArray err;
    while (err.count("progress:") < 2 && process.state() == QProcess::Running) {
        process.waitForReadyRead(2000);
        err += process.readAllStandardError();
    }
    ASSERT_EQ(process.state(), QProcess::Running) << err.toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(60000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 130) << err.toStdString();
    EXPECT_TRUE(err.contains("Cancelled: no demo patient was written.")) << err.toStdString();
    EXPECT_EQ(list({QStringLiteral("--archived")}).size(), 1);
    CliRun check = cli({QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
}

TEST_F(PatientCliTest, DemoCreatesAFictionalClinic)
{
    CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("25"),
                    QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = r.json().object();
    EXPECT_EQ(summary.value(QStringLiteral("patients")).toInt(), 25);
    EXPECT_GE(summary.value(QStringLiteral("episodes")).toInt(), 25);
    EXPECT_EQ(list({QStringLiteral("--archived")}).size(), 25);

    CliRun text = cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("3")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Created 3 demo patients")));
    for (const QStringList& bad :
         {QStringList{QStringLiteral("demo")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("0")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--patients"),
                      QStringLiteral("many")}}) {
        CliRun refused = cli(bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(u' ').toStdString();
    }
    EXPECT_EQ(list({QStringLiteral("--archived")}).size(), 28);
}
