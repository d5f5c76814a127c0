// `gradus-cli programme ...` on the real binary and a real SQLite store: create, add with each
// dose shape, invalid input (exit 2, nothing written), show --json, versioning on add to an
// active programme, remove, list and templates.
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
};

class ProgrammeCliTest : public testing::Test
{
protected:
    void SetUp() override
    {
        const CliRun patient =
            run({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                 QStringLiteral("Cleo"), QStringLiteral("--family"), QStringLiteral("Sample"),
                 QStringLiteral("--dob"), QStringLiteral("1970-06-01")});
        ASSERT_EQ(patient.exitCode, 0) << patient.err.toStdString();
        m_patient = patient.out.trimmed();
    }

    CliRun run(QStringList args)
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

    CliRun programme(const QStringList& args)
    {
        return run(QStringList{QStringLiteral("programme")} + args);
    }

    QString create(const QString& name)
    {
        const CliRun r =
            programme({QStringLiteral("create"), m_patient, QStringLiteral("--name"), name});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }

    QJsonObject show(const QString& id)
    {
        const CliRun r = programme({QStringLiteral("show"), id, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QJsonArray items(const QJsonObject& programme)
    {
        QJsonArray all;
        for (const QJsonValue& s : programme.value(QStringLiteral("sections")).toArray())
            for (const QJsonValue& item : s.toObject().value(QStringLiteral("items")).toArray())
                all.append(item);
        return all;
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    QString m_patient;
};

} // namespace

TEST_F(ProgrammeCliTest, BuildsAProgrammeWithEachDoseShape)
{
    const QString id = create(QStringLiteral("Back on track"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_GT(id.toLongLong(), 0);

    CliRun r =
        programme({QStringLiteral("add"), id, QStringLiteral("walking"), QStringLiteral("--sets"),
                   QStringLiteral("1"), QStringLiteral("--minutes"), QStringLiteral("10"),
                   QStringLiteral("--per-day"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), id);
    r = programme({QStringLiteral("add"), id, QStringLiteral("bird_dog"), QStringLiteral("--sets"),
                   QStringLiteral("1"), QStringLiteral("--hold"), QStringLiteral("8"),
                   QStringLiteral("--reps"), QStringLiteral("6"), QStringLiteral("--days-per-week"),
                   QStringLiteral("5"), QStringLiteral("--side"), QStringLiteral("both"),
                   QStringLiteral("--section"), QStringLiteral("Core")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = programme({QStringLiteral("add"), id, QStringLiteral("glute_bridge"),
                   QStringLiteral("--sets"), QStringLiteral("2"), QStringLiteral("--reps"),
                   QStringLiteral("10")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QJsonObject p = show(id);
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Back on track"));
    EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    const QJsonArray sections = p.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), 2);
    EXPECT_EQ(sections[1].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Core"));
    const QJsonArray all = items(p);
    ASSERT_EQ(all.size(), 3);
    const QJsonObject walk = all[0].toObject();
    EXPECT_EQ(walk.value(QStringLiteral("exercise")).toString(), QStringLiteral("walking"));
    EXPECT_EQ(walk.value(QStringLiteral("exercise_name")).toString(), QStringLiteral("Walking"));
    const QJsonObject walkDose = walk.value(QStringLiteral("dose")).toObject();
    EXPECT_EQ(walkDose.value(QStringLiteral("type")).toString(), QStringLiteral("time"));
    EXPECT_EQ(walkDose.value(QStringLiteral("minutes")).toInt(), 10);
    EXPECT_EQ(walkDose.value(QStringLiteral("per_day")).toInt(), 3);
    const QJsonObject bd = all[1].toObject();
    EXPECT_EQ(bd.value(QStringLiteral("exercise")).toString(), QStringLiteral("bird_dog"));
    EXPECT_EQ(bd.value(QStringLiteral("side")).toString(), QStringLiteral("both"));
    const QJsonObject bdDose = bd.value(QStringLiteral("dose")).toObject();
    EXPECT_EQ(bdDose.value(QStringLiteral("type")).toString(), QStringLiteral("hold"));
    EXPECT_EQ(bdDose.value(QStringLiteral("hold_seconds")).toInt(), 8);
    EXPECT_EQ(bdDose.value(QStringLiteral("reps")).toInt(), 6);
    EXPECT_EQ(bdDose.value(QStringLiteral("days_per_week")).toInt(), 5);
    // The bridge went into the last section, "Core".
    EXPECT_EQ(sections[1].toObject().value(QStringLiteral("items")).toArray().size(), 2);

    // The integer record id works like the stable id.
    const QString walkingRecord =
        QString::number(walk.value(QStringLiteral("exercise_id")).toInteger());
    r = programme({QStringLiteral("add"), id, walkingRecord, QStringLiteral("--metres"),
                   QStringLiteral("800")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(items(show(id)).size(), 4);

    const CliRun text = programme({QStringLiteral("show"), id});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Bird-dog")));
}

TEST_F(ProgrammeCliTest, InvalidInputExitsTwoAndWritesNothing)
{
    const QString id = create(QStringLiteral("P"));
    const QList<QPair<QStringList, QString>> cases = {
        {{QStringLiteral("walking"), QStringLiteral("--sets"), QStringLiteral("0"),
          QStringLiteral("--minutes"), QStringLiteral("10")},
         QStringLiteral("Sets")},
        {{QStringLiteral("walking"), QStringLiteral("--minutes"), QStringLiteral("181")},
         QStringLiteral("Minutes")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--hold"), QStringLiteral("8")},
         QStringLiteral("--hold needs --reps")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--reps"), QStringLiteral("5"),
          QStringLiteral("--minutes"), QStringLiteral("3")},
         QStringLiteral("exactly one")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--sets"), QStringLiteral("1")},
         QStringLiteral("exactly one")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--reps"), QStringLiteral("ten")},
         QStringLiteral("--reps must be a whole number")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--reps"), QStringLiteral("5"),
          QStringLiteral("--per-day"), QStringLiteral("13")},
         QStringLiteral("Times per day")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--reps"), QStringLiteral("5"),
          QStringLiteral("--days-per-week"), QStringLiteral("8")},
         QStringLiteral("Days per week")},
        {{QStringLiteral("bird_dog"), QStringLiteral("--reps"), QStringLiteral("5"),
          QStringLiteral("--side"), QStringLiteral("up")},
         QStringLiteral("--side")},
        {{QStringLiteral("no_such_exercise"), QStringLiteral("--reps"), QStringLiteral("5")},
         QStringLiteral("no_such_exercise")},
    };
    for (const auto& [args, message] : cases) {
        const CliRun r = programme(QStringList{QStringLiteral("add"), id} + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_EQ(items(show(id)).size(), 0);
    EXPECT_EQ(programme({QStringLiteral("create"), m_patient}).exitCode, 2) << "--name is required";
    EXPECT_EQ(programme({QStringLiteral("create"), QStringLiteral("999"), QStringLiteral("--name"),
                         QStringLiteral("X")})
                  .exitCode,
              2);
    EXPECT_EQ(programme({QStringLiteral("add"), QStringLiteral("999"), QStringLiteral("walking"),
                         QStringLiteral("--minutes"), QStringLiteral("5")})
                  .exitCode,
              2);
    EXPECT_EQ(programme({QStringLiteral("activate"), id}).exitCode, 2) << "nothing to give yet";
}

TEST_F(ProgrammeCliTest, AddingToAnActiveProgrammeMakesANewVersion)
{
    const QString id = create(QStringLiteral("Walk"));
    ASSERT_EQ(programme({QStringLiteral("add"), id, QStringLiteral("walking"),
                         QStringLiteral("--minutes"), QStringLiteral("10")})
                  .exitCode,
              0);
    ASSERT_EQ(programme({QStringLiteral("activate"), id}).exitCode, 0);
    EXPECT_EQ(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    const CliRun r = programme({QStringLiteral("add"), id, QStringLiteral("cat_cow"),
                                QStringLiteral("--reps"), QStringLiteral("10")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString draft = r.out.trimmed();
    EXPECT_NE(draft, id);
    EXPECT_TRUE(r.err.contains(QStringLiteral("draft version 2"))) << r.err.toStdString();
    EXPECT_EQ(items(show(id)).size(), 1) << "the patient's version is unchanged";
    const QJsonObject v2 = show(draft);
    EXPECT_EQ(v2.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(v2.value(QStringLiteral("previous_version_id")).toInteger(), id.toLongLong());
    EXPECT_EQ(items(v2).size(), 2);

    // A second change goes into the same draft.
    const CliRun again = programme({QStringLiteral("remove"), id, QStringLiteral("walking")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.trimmed(), draft);
    EXPECT_EQ(items(show(draft)).size(), 1);

    ASSERT_EQ(programme({QStringLiteral("activate"), draft}).exitCode, 0);
    EXPECT_EQ(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
    EXPECT_EQ(programme({QStringLiteral("add"), id, QStringLiteral("walking"),
                         QStringLiteral("--minutes"), QStringLiteral("5")})
                  .exitCode,
              2)
        << "an old version cannot be changed";

    const CliRun list = programme({QStringLiteral("list"), m_patient, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray programmes = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(programmes.size(), 1);
    EXPECT_EQ(programmes[0].toObject().value(QStringLiteral("id")).toInteger(), draft.toLongLong());
    EXPECT_EQ(programmes[0].toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("active"));
}

TEST_F(ProgrammeCliTest, Templates)
{
    const CliRun list =
        programme({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray templates = QJsonDocument::fromJson(list.out.toUtf8()).array();
    EXPECT_GE(templates.size(), 3);

    const CliRun applied = programme({QStringLiteral("template"), QStringLiteral("apply"),
                                      QStringLiteral("sciatica_friendly_start"), m_patient});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const QJsonObject p = show(applied.out.trimmed());
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(),
              QStringLiteral("Sciatica-friendly start"));
    EXPECT_EQ(items(p)[0].toObject().value(QStringLiteral("exercise")).toString(),
              QStringLiteral("walking"));

    const CliRun saved =
        programme({QStringLiteral("template"), QStringLiteral("save"), applied.out.trimmed(),
                   QStringLiteral("--name"), QStringLiteral("Our sciatica start")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const CliRun fromSaved =
        programme({QStringLiteral("template"), QStringLiteral("apply"), saved.out.trimmed(),
                   m_patient, QStringLiteral("--name"), QStringLiteral("Copy")});
    ASSERT_EQ(fromSaved.exitCode, 0) << fromSaved.err.toStdString();
    EXPECT_EQ(items(show(fromSaved.out.trimmed())).size(), items(p).size());

    EXPECT_EQ(programme({QStringLiteral("template"), QStringLiteral("apply"),
                         QStringLiteral("no_such_template"), m_patient})
                  .exitCode,
              2);
}

TEST_F(ProgrammeCliTest, ShowNamesEachPrescriptionsRecordIdForPacing)
{
    const QString id = create(QStringLiteral("Walk"));
    ASSERT_EQ(
        programme({QStringLiteral("add"), id, QStringLiteral("walking"), QStringLiteral("--sets"),
                   QStringLiteral("1"), QStringLiteral("--minutes"), QStringLiteral("8")})
            .exitCode,
        0);
    const QJsonArray all = items(show(id));
    ASSERT_EQ(all.size(), 1);
    const qint64 prescription = all.at(0).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_GT(prescription, 0);

    const CliRun text = programme({QStringLiteral("show"), id});
    EXPECT_TRUE(text.out.contains(QStringLiteral("#%1 ").arg(prescription)))
        << text.out.toStdString();

    // The id shown is the one `pacing plan` stores a plan for.
    const CliRun plan =
        run({QStringLiteral("pacing"), QStringLiteral("plan"), QString::number(prescription),
             QStringLiteral("--tolerance"), QStringLiteral("10,12,11"), QStringLiteral("--unit"),
             QStringLiteral("minutes"), QStringLiteral("--goal"), QStringLiteral("30"),
             QStringLiteral("--clinician"), QStringLiteral("Sam Physio")});
    EXPECT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const CliRun shown =
        run({QStringLiteral("pacing"), QStringLiteral("show"), QString::number(prescription)});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("30 minutes"))) << shown.out.toStdString();
}
