// Saves screenshots of the main views into a folder so that anyone can look at the app
// without a display: `cmake --build build --target screenshots`.
#include "MainWindow.h"
#include "log/Logging.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradusScreenshots"));
    gradus::logging::initializeSilent();

    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    auto db = gradus::Database::open(
        gradus::DatabaseLocation::sqliteFile(tmp.filePath(QStringLiteral("screens.sqlite"))));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }

    gradus::MainWindow window(**db);
    window.resize(1200, 780);
    window.show();
    QApplication::processEvents();
    const QString file = QDir(outDir).filePath(QStringLiteral("main-window.png"));
    if (!window.grab().save(file)) {
        QTextStream(stderr) << "could not write " << file << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << file << Qt::endl;
    return 0;
}
