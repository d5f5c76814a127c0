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
        CliResult patient = cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
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
            CliResult r = cli(QStringList{QStringLiteral("programme"), QStringLiteral("add"), m_programme} << add);
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
    CliResult r = cli({QStringLiteral("programme"), QStringLiteral("check"), m_programme, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    bool sitUpAvoided = false;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        EXPECT_FALSE(f.value(QStringLiteral("reason")).toString().isEmpty());
        EXPECT_FALSE(f.value(QStringLiteral("source")).toString().isEmpty());
        if (f.value(QStringLiteral("exercise")).toString() == QLatin1String("sit_up")
            && f.value(QStringLiteral("severity")).toString() == QLatin1String("avoid"))
            sitUpAvoided = true;
        // Walking is what the guidance prefers; it must never be told to be avoided.
        if (f.value(QStringLiteral("exercise")).toString() == QLatin1String("walking")) {
            EXPECT_NE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("avoid"));
        }
    }
    EXPECT_TRUE(sitUpAvoided) << r.out.toStdString();

    CliResult missing = cli({QStringLiteral("programme"), QStringLiteral("check"), QStringLiteral("987654")});
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
    CliResult decided = cli({QStringLiteral("screen"), QStringLiteral("decide"), screenId,
                       QStringLiteral("--decision"), QStringLiteral("referred"),
                       QStringLiteral("--note"), QStringLiteral("Sent to the emergency department")});
    ASSERT_EQ(decided.code, 0) << decided.err.toStdString();
    CliResult printed = cli({QStringLiteral("handout"), m_programme, QStringLiteral("--out"), pdf});
    EXPECT_EQ(printed.code, 0) << printed.err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
}
