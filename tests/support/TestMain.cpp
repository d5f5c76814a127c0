// Shared main for the test executables (TOOLCHAIN.md pitfall 2): pick a platform that works
// without a display, create the application object Qt's SQL drivers and painting need, and
// keep settings and data out of the user's real folders.
#include "i18n/Translations.h"
#include "log/Logging.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#ifdef GRADUS_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    // Under xvfb-run DISPLAY is set and tests use real X11 windows; otherwise offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir =
            QDir::tempPath().toLocal8Bit() + "/gradus-test-runtime-" + QByteArray::number(getuid());
        ::mkdir(dir.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    // Each test process gets its own settings and data folders, so parallel runs (and the
    // user's real settings) never meet.
    QTemporaryDir home;
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, (home.path() + u'/' + QString::fromLatin1(var)).toLocal8Bit());

    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("GradusTests"));
    TestApplication::setApplicationName(QStringLiteral("GradusTests"));
    gradus::logging::initializeSilent();
    // English with its plural forms ("1 minute", "2 minutes"), as the app and CLI start;
    // the locale stays each test's own (ScopedLocale).
    gradus::Translations::apply(QStringLiteral("en"), false);

    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
