// Saves screenshots of the main views into a folder so that anyone can look at the app
// without a display: `cmake --build build --target screenshots`. Each feature adds its shots
// to the table below: a file name and a function that brings the window to that state.
#include "MainWindow.h"
#include "Workspace.h"
#include "exercises/ExerciseDetailPane.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "illustration/ExercisePicture.h"
#include "storage/ExerciseRepository.h"
#include "log/Logging.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace gradus;

namespace {

struct Shot
{
    QString file;
    // Prepares the window (and data) for the picture; returns the widget to grab.
    std::function<QWidget*(MainWindow&, Workspace&)> prepare;
};

// The exercise library page with one exercise chosen.
ExerciseLibraryView* exercisePage(MainWindow& w, const QString& stableId)
{
    auto* page = w.findChild<ExerciseLibraryView*>();
    if (!page)
        return nullptr;
    w.showPage(page);
    page->selectExercise(stableId);
    return page;
}

// Every exercise's thumbnail with its name, to judge the drawings side by side.
QWidget* contactSheet(MainWindow& w, Workspace& ws)
{
    auto all = ExerciseRepository(ws).list();
    if (!all)
        return nullptr;
    const int columns = 8, cellW = 240, picH = 180, cellH = picH + 26;
    const int rows = int((all->size() + columns - 1) / columns);
    QImage sheet(columns * cellW, rows * cellH, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < all->size(); ++i) {
        const QRectF cell((i % columns) * cellW, (i / columns) * cellH, cellW, cellH);
        ExercisePicture::paint(painter, all->at(i), cell.adjusted(4, 4, -4, -(cellH - picH) - 2));
        painter.setPen(QColor(0x2c, 0x3e, 0x50));
        painter.drawText(cell.adjusted(2, picH, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                         all->at(i).name);
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
    }
    painter.end();
    auto* label = new QLabel(&w, Qt::Window);
    label->setPixmap(QPixmap::fromImage(sheet));
    label->resize(sheet.size());
    label->show();
    return label;
}

QList<Shot> shots()
{
    return {
        {QStringLiteral("main-window.png"), [](MainWindow& w, Workspace&) { return &w; }},
        {QStringLiteral("exercise-library.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             return exercisePage(w, QStringLiteral("bird_dog")) ? &w : nullptr;
         }},
        {QStringLiteral("exercise-library-table.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             auto* page = exercisePage(w, QStringLiteral("dead_bug"));
             if (!page)
                 return nullptr;
             page->setTableMode(true);
             return &w;
         }},
        {QStringLiteral("exercise-detail.png"),
         [](MainWindow& w, Workspace&) -> QWidget* {
             auto* page = exercisePage(w, QStringLiteral("glute_bridge"));
             if (!page)
                 return nullptr;
             // The whole pane, not only the part the scroll area shows.
             QWidget* pane = page->detailPane();
             pane->resize(560, pane->heightForWidth(560) > 0 ? pane->heightForWidth(560)
                                                              : pane->sizeHint().height());
             return pane;
         }},
        {QStringLiteral("exercise-editor.png"),
         [](MainWindow& w, Workspace& ws) -> QWidget* {
             auto plank = ExerciseRepository(ws).byStableId(QStringLiteral("plank"));
             if (!plank)
                 return nullptr;
             auto* dialog = new ExerciseEditorDialog(
                 *plank, [](const Exercise&) { return Status(); }, &w);
             dialog->show();
             return dialog;
         }},
        {QStringLiteral("exercise-contact-sheet.png"), contactSheet},
    };
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradusScreenshots"));
    logging::initializeSilent();

    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    auto db = Database::open(DatabaseLocation::sqliteFile(tmp.filePath(QStringLiteral("screens.sqlite"))));
    if (!db) {
        QTextStream(stderr) << db.error().message << Qt::endl;
        return 1;
    }
    // A fixed date keeps pictures comparable from run to run.
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    Workspace workspace(std::move(*db), clock);
    if (auto library = ExerciseLibrary::ensureLoaded(workspace); !library) {
        QTextStream(stderr) << library.error().message << Qt::endl;
        return 1;
    }

    int failures = 0;
    for (const Shot& shot : shots()) {
        MainWindow window(workspace);
        window.resize(1280, 800);
        window.show();
        QWidget* target = shot.prepare(window, workspace);
        QApplication::processEvents();
        const QString file = QDir(outDir).filePath(shot.file);
        if (!target || !target->grab().save(file)) {
            QTextStream(stderr) << "could not write " << file << Qt::endl;
            ++failures;
            continue;
        }
        QTextStream(stdout) << file << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
