// gradus-cli clinic show|set: the real binary on a real store; clinic settings go into the
// database, the desk's clinician name into this account's settings file.
#include <gtest/gtest.h>

#include <QFile>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class ClinicCliTest : public testing::Test
{
protected:
    CliRun run(QStringList args)
    {
        args.prepend(m_dir.filePath(QStringLiteral("clinic.sqlite")));
        args.prepend(QStringLiteral("--database"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString file(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ClinicCliTest, SetsAndShowsTheClinicsDetails)
{
    auto set =
        run({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--name"),
             QStringLiteral("Riverside Physiotherapy"), QStringLiteral("--email"),
             QStringLiteral("desk@riverside.example"), QStringLiteral("--website"),
             QStringLiteral("www.riverside.example"), QStringLiteral("--paper"),
             QStringLiteral("letter"), QStringLiteral("--language"), QStringLiteral("de"),
             QStringLiteral("--pacing-weekly"), QStringLiteral("12"), QStringLiteral("--clinician"),
             QStringLiteral("Sam Okafor"), QStringLiteral("--logo"),
             file(QStringLiteral("logo.svg"),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\">"
                  "<rect width=\"20\" height=\"10\"/></svg>"),
             QStringLiteral("--json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject clinic = set.json().value(QStringLiteral("clinic")).toObject();
    EXPECT_EQ(clinic.value(QStringLiteral("name")).toString(),
              QStringLiteral("Riverside Physiotherapy"));
    EXPECT_EQ(clinic.value(QStringLiteral("paper")).toString(), QStringLiteral("letter"));
    EXPECT_EQ(clinic.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(clinic.value(QStringLiteral("pacing_weekly")).toInt(), 12);
    EXPECT_EQ(clinic.value(QStringLiteral("logo")).toObject().value(QStringLiteral("format")),
              QStringLiteral("svg"));
    EXPECT_EQ(
        set.json().value(QStringLiteral("desk")).toObject().value(QStringLiteral("clinician")),
        QStringLiteral("Sam Okafor"));

    auto show = run({QStringLiteral("clinic"), QStringLiteral("show")});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_TRUE(show.out.contains(QStringLiteral("Riverside Physiotherapy")));
    EXPECT_TRUE(show.out.contains(QStringLiteral("SVG")));
    EXPECT_TRUE(show.out.contains(QStringLiteral("Sam Okafor")));
    // The desk's name is kept under the io.github.gradus identity.
    EXPECT_TRUE(
        QFile::exists(m_dir.filePath(QStringLiteral("config/io.github.gradus/Gradus.conf"))));
}

TEST_F(ClinicCliTest, ARefusedValueChangesNothing)
{
    ASSERT_EQ(run({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("Riverside")})
                  .exitCode,
              0);
    auto bad =
        run({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--name"),
             QStringLiteral("Elsewhere"), QStringLiteral("--pacing-weekly"), QStringLiteral("50")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("between 5 and 20"))) << bad.err.toStdString();
    auto logo = run({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--logo"),
                     file(QStringLiteral("logo.png"), "not an image")});
    EXPECT_EQ(logo.exitCode, 2);
    EXPECT_TRUE(logo.err.contains(QStringLiteral("PNG or SVG")));
    auto none = run({QStringLiteral("clinic"), QStringLiteral("set")});
    EXPECT_EQ(none.exitCode, 2);
    // Refused only together (safe pain above acceptable pain): a good logo given with it is
    // not stored either.
    const QByteArray svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\">"
                         "<rect width=\"20\" height=\"10\"/></svg>");
    auto pair = run({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--logo"),
                     file(QStringLiteral("logo.svg"), svg), QStringLiteral("--pain-safe"),
                     QStringLiteral("6")});
    EXPECT_EQ(pair.exitCode, 2);
    EXPECT_TRUE(pair.err.contains(QStringLiteral("highest safe pain"))) << pair.err.toStdString();

    auto show = run({QStringLiteral("clinic"), QStringLiteral("show"), QStringLiteral("--json")});
    EXPECT_EQ(show.json().value(QStringLiteral("clinic")).toObject().value(QStringLiteral("name")),
              QStringLiteral("Riverside"));
    EXPECT_TRUE(show.json()
                    .value(QStringLiteral("clinic"))
                    .toObject()
                    .value(QStringLiteral("logo"))
                    .isNull());
}
