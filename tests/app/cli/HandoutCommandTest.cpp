// `gradus-cli handout` on the real binary, a real store and a real PDF read back.
#include <gtest/gtest.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class HandoutCommandTest : public testing::Test
{
protected:
    CliRun cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("GRADUS_DATABASE"), m_dir.filePath(QStringLiteral("clinic.db")));
        // As under cron or a service account: no login session.
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString addPatient()
    {
        CliRun r =
            cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                 QStringLiteral("Bea"), QStringLiteral("--family"), QStringLiteral("Handoutova"),
                 QStringLiteral("--dob"), QStringLiteral("1969-04-02")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString tool(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(HandoutCommandTest, AdHocExercisesMakeAHandout)
{
    const QString patient = addPatient();
    const QString pdf = path(QStringLiteral("bea.pdf"));
    CliRun r =
        cli({QStringLiteral("handout"), QStringLiteral("--patient"), patient,
             QStringLiteral("--exercises"), QStringLiteral("walking,bird_dog,glute_bridge"),
             QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("letter"),
             QStringLiteral("--clinician"), QStringLiteral("Sam Physio")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), pdf);
    EXPECT_EQ(r.err, QString()) << "a successful run leaves stderr empty";
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Bea Handoutova")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sam Physio")));
    EXPECT_TRUE(text.contains(QStringLiteral("1. Walking")));
    EXPECT_TRUE(text.contains(QStringLiteral("3. Bridge")) ||
                text.contains(QStringLiteral("3. Glute bridge")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stop and seek help urgently if")));
    EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts")));

    // An existing file is not replaced without --force.
    CliRun again = cli({QStringLiteral("handout"), QStringLiteral("--patient"), patient,
                        QStringLiteral("--exercises"), QStringLiteral("walking"),
                        QStringLiteral("--out"), pdf});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));

    // A language without a translation yet: English, with a note on stderr.
    const QString de = path(QStringLiteral("de.pdf"));
    CliRun lang =
        cli({QStringLiteral("handout"), QStringLiteral("--patient"), patient,
             QStringLiteral("--exercises"), QStringLiteral("walking"), QStringLiteral("--out"), de,
             QStringLiteral("--language"), QStringLiteral("xx")});
    EXPECT_EQ(lang.exitCode, 0) << lang.err.toStdString();
    EXPECT_TRUE(lang.err.contains(QStringLiteral("English")));
}

TEST_F(HandoutCommandTest, RefusalsWriteNoFile)
{
    const QString patient = addPatient();
    const QString pdf = path(QStringLiteral("none.pdf"));
    struct Case
    {
        QStringList args;
        int code;
        const char* message;
    };
    const QList<Case> cases = {
        // A record that does not exist: exit status 2 (README "Exit status").
        {{QStringLiteral("987654")}, 2, "no programme with id 987654"},
        {{QStringLiteral("--patient"), patient, QStringLiteral("--exercises"),
          QStringLiteral("no_such_exercise")},
         2,
         "no_such_exercise"},
        {{QStringLiteral("--patient"), QStringLiteral("999"), QStringLiteral("--exercises"),
          QStringLiteral("walking")},
         2,
         "999"},
        {{QStringLiteral("--patient"), patient}, 2, "--exercises"},
        {{QStringLiteral("--patient"), patient, QStringLiteral("--exercises"),
          QStringLiteral("walking"), QStringLiteral("--paper"), QStringLiteral("a3")},
         2,
         "a4 or letter"},
        {{}, 2, "PROGRAMME_ID"},
    };
    for (const Case& c : cases) {
        CliRun r = cli(QStringList{QStringLiteral("handout")} + c.args +
                       QStringList{QStringLiteral("--out"), pdf});
        EXPECT_EQ(r.exitCode, c.code) << c.args.join(' ').toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.message))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(pdf));
    }
    CliRun noOut = cli({QStringLiteral("handout"), QStringLiteral("7")});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out")));
}

TEST_F(HandoutCommandTest, StoredProgrammeMakesAHandout)
{
    const QString patient = addPatient();
    CliRun created = cli({QStringLiteral("programme"), QStringLiteral("create"), patient,
                          QStringLiteral("--name"), QStringLiteral("Back on track")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString programme = created.out.trimmed();
    CliRun walk = cli({QStringLiteral("programme"), QStringLiteral("add"), programme,
                       QStringLiteral("walking"), QStringLiteral("--sets"), QStringLiteral("1"),
                       QStringLiteral("--minutes"), QStringLiteral("10"),
                       QStringLiteral("--per-day"), QStringLiteral("3")});
    ASSERT_EQ(walk.exitCode, 0) << walk.err.toStdString();
    CliRun bridge = cli({QStringLiteral("programme"), QStringLiteral("add"), programme,
                         QStringLiteral("glute_bridge"), QStringLiteral("--sets"),
                         QStringLiteral("3"), QStringLiteral("--reps"), QStringLiteral("10")});
    ASSERT_EQ(bridge.exitCode, 0) << bridge.err.toStdString();

    const QString pdf = path(QStringLiteral("programme.pdf"));
    CliRun r = cli({QStringLiteral("handout"), programme, QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Bea Handoutova")));
    EXPECT_TRUE(text.contains(QStringLiteral("10 minutes, 3 times a day"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3 sets of 10")));
}
