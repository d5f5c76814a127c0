// The safety engine and the red-flag gate over stored programmes, through the real binary.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class ProgrammeSafetyCliTest : public testing::Test
{
protected:
    CliResult cli(const QStringList& args)
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
    // A patient with a disc herniation and a programme of walking and sit-ups.
    void SetUp() override
    {
        CliResult patient =
            cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                 QStringLiteral("Ines"), QStringLiteral("--family"), QStringLiteral("Fiction"),
                 QStringLiteral("--dob"), QStringLiteral("1980-05-05")});
        ASSERT_EQ(patient.code, 0) << patient.err.toStdString();
        m_patient = patient.out.trimmed();
        CliResult condition = cli({QStringLiteral("condition"), QStringLiteral("add"), m_patient,
                                   QStringLiteral("disc_herniation")});
        ASSERT_EQ(condition.code, 0) << condition.err.toStdString();
        CliResult created = cli({QStringLiteral("programme"), QStringLiteral("create"), m_patient,
                                 QStringLiteral("--name"), QStringLiteral("Start")});
        ASSERT_EQ(created.code, 0) << created.err.toStdString();
        m_programme = created.out.trimmed();
        for (const QStringList& add :
             {QStringList{QStringLiteral("walking"), QStringLiteral("--sets"), QStringLiteral("1"),
                          QStringLiteral("--minutes"), QStringLiteral("10")},
              QStringList{QStringLiteral("sit_up"), QStringLiteral("--sets"), QStringLiteral("2"),
                          QStringLiteral("--reps"), QStringLiteral("10")}}) {
            CliResult r =
                cli(QStringList{QStringLiteral("programme"), QStringLiteral("add"), m_programme}
                    << add);
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_patient;
    QString m_programme;
};

} // namespace

TEST_F(ProgrammeSafetyCliTest, CheckFlagsTheSitUpForADiscHerniation)
{
    CliResult r = cli({QStringLiteral("programme"), QStringLiteral("check"), m_programme,
                       QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    bool sitUpAvoided = false;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        EXPECT_FALSE(f.value(QStringLiteral("reason")).toString().isEmpty());
        EXPECT_FALSE(f.value(QStringLiteral("source")).toString().isEmpty());
        if (f.value(QStringLiteral("exercise")).toString() == QLatin1String("sit_up") &&
            f.value(QStringLiteral("severity")).toString() == QLatin1String("avoid"))
            sitUpAvoided = true;
        // Walking is what the guidance prefers; it must never be told to be avoided.
        if (f.value(QStringLiteral("exercise")).toString() == QLatin1String("walking")) {
            EXPECT_NE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("avoid"));
        }
    }
    EXPECT_TRUE(sitUpAvoided) << r.out.toStdString();

    CliResult missing =
        cli({QStringLiteral("programme"), QStringLiteral("check"), QStringLiteral("987654")});
    EXPECT_NE(missing.code, 0);
}

TEST_F(ProgrammeSafetyCliTest, UnresolvedRedFlagBlocksTheHandout)
{
    const QString pdf = m_dir.filePath(QStringLiteral("handout.pdf"));
    CliResult screen = cli({QStringLiteral("screen"), QStringLiteral("record"), m_patient,
                            QStringLiteral("--flag"), QStringLiteral("ces_saddle")});
    ASSERT_EQ(screen.code, 0) << screen.err.toStdString();
    CliResult refused = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_NE(refused.code, 0);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_FALSE(QFile::exists(pdf));

    const QString screenId = screen.out.trimmed();
    CliResult decided =
        cli({QStringLiteral("screen"), QStringLiteral("decide"), screenId,
             QStringLiteral("--decision"), QStringLiteral("referred"), QStringLiteral("--note"),
             QStringLiteral("Sent to the emergency department")});
    ASSERT_EQ(decided.code, 0) << decided.err.toStdString();
    // The red flag is decided; the sit-up, to be avoided with a disc herniation, still holds
    // the handout back until it is kept with a reason or taken out.
    CliResult avoided = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_EQ(avoided.code, 1);
    EXPECT_TRUE(avoided.err.contains(QStringLiteral("sit_up"))) << avoided.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    CliResult removed = cli({QStringLiteral("programme"), QStringLiteral("remove"), m_programme,
                             QStringLiteral("sit_up")});
    ASSERT_EQ(removed.code, 0) << removed.err.toStdString();
    CliResult printed = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_EQ(printed.code, 0) << printed.err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST_F(ProgrammeSafetyCliTest, AnUnkeptAvoidRefusesActivationAndHandout)
{
    const QString pdf = m_dir.filePath(QStringLiteral("handout.pdf"));
    CliResult activate =
        cli({QStringLiteral("programme"), QStringLiteral("activate"), m_programme});
    EXPECT_EQ(activate.code, 1);
    EXPECT_TRUE(activate.out.isEmpty());
    for (const QString& says :
         {QStringLiteral("cannot be given to the patient"), QStringLiteral("sit_up"),
          QStringLiteral("sciatica_end_range_flexion"),
          QStringLiteral("gradus-cli programme override %1 --exercise sit_up --rule "
                         "sciatica_end_range_flexion")
              .arg(m_programme),
          QStringLiteral("Keep with a Reason"), QStringLiteral("modified_curl_up")})
        EXPECT_TRUE(activate.err.contains(says))
            << says.toStdString() << " not in: " << activate.err.toStdString();
    CliResult handout = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_EQ(handout.code, 1);
    EXPECT_TRUE(handout.err.contains(QStringLiteral("No handout"))) << handout.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    // The ad-hoc handout of the same exercises too.
    CliResult adHoc = cli({QStringLiteral("handout"), QStringLiteral("--patient"), m_patient,
                           QStringLiteral("--exercises"), QStringLiteral("walking,sit_up"),
                           QStringLiteral("--out"), pdf});
    EXPECT_EQ(adHoc.code, 1);
    EXPECT_FALSE(QFile::exists(pdf));
    CliResult show = cli({QStringLiteral("programme"), QStringLiteral("show"), m_programme,
                          QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(show.out.toUtf8())[QStringLiteral("status")].toString(),
              QStringLiteral("draft"));

    // Kept with a reason for every rule that says avoid: activated and printed.
    CliResult check = cli({QStringLiteral("programme"), QStringLiteral("check"), m_programme,
                           QStringLiteral("--json")});
    int kept = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(check.out.toUtf8()).array()) {
        if (v[QStringLiteral("severity")].toString() != QLatin1String("avoid"))
            continue;
        CliResult r = cli({QStringLiteral("programme"), QStringLiteral("override"), m_programme,
                           QStringLiteral("--exercise"), v[QStringLiteral("exercise")].toString(),
                           QStringLiteral("--rule"), v[QStringLiteral("rule")].toString(),
                           QStringLiteral("--reason"), QStringLiteral("Supervised curl-up range"),
                           QStringLiteral("--by"), QStringLiteral("J. Physio")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        ++kept;
    }
    EXPECT_GE(kept, 2);
    CliResult given = cli({QStringLiteral("programme"), QStringLiteral("activate"), m_programme});
    EXPECT_EQ(given.code, 0) << given.err.toStdString();
    CliResult printed = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_EQ(printed.code, 0) << printed.err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST_F(ProgrammeSafetyCliTest, OverrideKeepsAnAvoidedExerciseWithAReason)
{
    const QString programme = QStringLiteral("programme");
    const QString keep = QStringLiteral("override");
    const QString rule = QStringLiteral("sciatica_end_range_flexion");
    auto sitUpFinding = [&](const QString& id) {
        CliResult r = cli({programme, QStringLiteral("check"), id, QStringLiteral("--json")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v[QStringLiteral("exercise")].toString() == QLatin1String("sit_up") &&
                v[QStringLiteral("rule")].toString() == rule)
                return v.toObject();
        ADD_FAILURE() << "no " << rule.toStdString()
                      << " finding on sit_up: " << r.out.toStdString();
        return QJsonObject{};
    };
    ASSERT_FALSE(sitUpFinding(m_programme).contains(QStringLiteral("override")));

    struct Refusal
    {
        QStringList args;
        QString says;
    };
    const QList<Refusal> refusals{
        {{QStringLiteral("--exercise"), QStringLiteral("sit_up"), QStringLiteral("--rule"),
          QStringLiteral("no_such_rule"), QStringLiteral("--reason"), QStringLiteral("x")},
         QStringLiteral("not a safety rule")},
        {{QStringLiteral("--exercise"), QStringLiteral("sit_up"), QStringLiteral("--rule"),
          QStringLiteral("stenosis_extension"), QStringLiteral("--reason"), QStringLiteral("x")},
         QStringLiteral("only \"avoid\"")},
        {{QStringLiteral("--exercise"), QStringLiteral("sit_up"), QStringLiteral("--rule"), rule},
         QStringLiteral("--reason")},
        {{QStringLiteral("--exercise"), QStringLiteral("sit_up"), QStringLiteral("--rule"), rule,
          QStringLiteral("--reason"), QStringLiteral("   ")},
         QStringLiteral("--reason")},
        {{QStringLiteral("--exercise"), QStringLiteral("bird_dog"), QStringLiteral("--rule"), rule,
          QStringLiteral("--reason"), QStringLiteral("x")},
         QStringLiteral("not in programme")},
        {{QStringLiteral("--exercise"), QStringLiteral("walking"), QStringLiteral("--rule"), rule,
          QStringLiteral("--reason"), QStringLiteral("x")},
         QStringLiteral("does not flag")},
    };
    for (const Refusal& refusal : refusals) {
        CliResult r = cli(QStringList{programme, keep, m_programme} << refusal.args);
        EXPECT_EQ(r.code, 2) << refusal.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(refusal.says))
            << refusal.says.toStdString() << " not in: " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    ASSERT_FALSE(sitUpFinding(m_programme).contains(QStringLiteral("override")));

    CliResult kept = cli({programme, keep, m_programme, QStringLiteral("--exercise"),
                          QStringLiteral("sit_up"), QStringLiteral("--rule"), rule,
                          QStringLiteral("--reason"), QStringLiteral("Curl-up only, supervised"),
                          QStringLiteral("--by"), QStringLiteral("J. Physio")});
    ASSERT_EQ(kept.code, 0) << kept.err.toStdString();
    EXPECT_GT(kept.out.trimmed().toLongLong(), 0);
    const QJsonObject o = sitUpFinding(m_programme)[QStringLiteral("override")].toObject();
    EXPECT_EQ(o[QStringLiteral("reason")].toString(), QStringLiteral("Curl-up only, supervised"));
    EXPECT_EQ(o[QStringLiteral("by")].toString(), QStringLiteral("J. Physio"));
    EXPECT_FALSE(o[QStringLiteral("at")].toString().isEmpty());
    CliResult text = cli({programme, QStringLiteral("check"), m_programme});
    EXPECT_TRUE(text.out.contains(QStringLiteral("kept by J. Physio"))) << text.out.toStdString();

    // Once is enough; and after activation an edit's new draft still carries it.
    CliResult twice =
        cli({programme, keep, m_programme, QStringLiteral("--exercise"), QStringLiteral("sit_up"),
             QStringLiteral("--rule"), rule, QStringLiteral("--reason"), QStringLiteral("Again")});
    EXPECT_EQ(twice.code, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already kept"))) << twice.err.toStdString();
    // Every other rule that says to avoid the sit-up is kept too, so it can be given.
    CliResult all =
        cli({programme, QStringLiteral("check"), m_programme, QStringLiteral("--json")});
    for (const QJsonValue& v : QJsonDocument::fromJson(all.out.toUtf8()).array())
        if (v[QStringLiteral("severity")].toString() == QLatin1String("avoid") &&
            !v.toObject().contains(QStringLiteral("override"))) {
            ASSERT_EQ(cli({programme, keep, m_programme, QStringLiteral("--exercise"),
                           v[QStringLiteral("exercise")].toString(), QStringLiteral("--rule"),
                           v[QStringLiteral("rule")].toString(), QStringLiteral("--reason"),
                           QStringLiteral("Curl-up only, supervised")})
                          .code,
                      0);
        }
    ASSERT_EQ(cli({programme, QStringLiteral("activate"), m_programme}).code, 0);
    CliResult added = cli({programme, QStringLiteral("add"), m_programme,
                           QStringLiteral("bird_dog"), QStringLiteral("--sets"),
                           QStringLiteral("1"), QStringLiteral("--reps"), QStringLiteral("6")});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QString draft = added.out.trimmed();
    ASSERT_NE(draft, m_programme);
    EXPECT_EQ(sitUpFinding(draft)[QStringLiteral("override")][QStringLiteral("reason")].toString(),
              QStringLiteral("Curl-up only, supervised"));
}
