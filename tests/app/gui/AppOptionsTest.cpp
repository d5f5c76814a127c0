// The desktop executable's own command-line options (run as a real process, offscreen).
#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QProcess* startApp(QProcess& process, const QStringList& args, const QTemporaryDir& dir,
                   bool display = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        // As on a server or over ssh: no platform chosen, no X or Wayland display.
        for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(var));
    }
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRADUS_APP_PATH), args);
    return &process;
}

} // namespace

TEST(AppOptionsTest, VersionAndHelpPrintAndExitWithoutADisplay)
{
    QTemporaryDir dir;
    QProcess version;
    startApp(version, {QStringLiteral("--version")}, dir, false);
    ASSERT_TRUE(version.waitForFinished(30000));
    EXPECT_EQ(version.exitCode(), 0);
    EXPECT_TRUE(version.readAllStandardOutput().startsWith("Gradus 0."));

    QProcess help;
    startApp(help, {QStringLiteral("--help")}, dir, false);
    ASSERT_TRUE(help.waitForFinished(30000));
    EXPECT_EQ(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    EXPECT_TRUE(text.contains("--database <PATH>")) << text.toStdString();
    // Asking for help must not create a database.
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("data")))
                     .exists(QStringLiteral("Gradus/Gradus/gradus.sqlite")));
}

TEST(AppOptionsTest, AMistakeOnTheCommandLineIsNamed)
{
    QTemporaryDir dir;
    QProcess app;
    startApp(app, {QStringLiteral("--databse"), QStringLiteral("x.sqlite")}, dir);
    ASSERT_TRUE(app.waitForFinished(30000));
    EXPECT_NE(app.exitCode(), 0);
    EXPECT_TRUE(app.readAllStandardError().contains("databse"));
}
