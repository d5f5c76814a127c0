#include "MainWindow.h"
#include "DatabaseSwitcher.h"
#include "MainMenus.h"
#include "Workspace.h"
#include "help/UserGuideWindow.h"
#include "patients/PatientFilterProxy.h"
#include "patients/PatientsPage.h"
#include "settings/DeskSettings.h"
#include "support/TestStore.h"
#include "support/VisitFixtures.h"
#include "undo/StoreUndoStack.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>

using namespace gradus;

namespace {

class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int& value) : m_value(value) { setText(QStringLiteral("Count Up")); }
    void redo() override { ++m_value; }
    void undo() override { --m_value; }

private:
    int& m_value;
};

// A change whose undo the store refuses, as when another desk changed the record meanwhile.
class RefusedUndoCommand : public StoreCommand
{
public:
    RefusedUndoCommand() : StoreCommand(QStringLiteral("Edit <b>Ana</b>")) {}

private:
    Status applyRedo() override { return {}; }
    Status applyUndo() override
    {
        return Error{QStringLiteral("patient.conflict"),
                     QStringLiteral("Sam changed the phone number at 10:02.")};
    }
};

class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
    }
    QAction* action(MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }
    test::TestStore m_store;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

// The letters after '&' of a menu's visible entries: each must be there once.
QStringList accelerators(QMenu* menu)
{
    QStringList keys;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->text();
        const qsizetype at = text.indexOf(u'&');
        EXPECT_GE(at, 0) << "no accelerator: " << text.toStdString();
        if (at >= 0 && at + 1 < text.size())
            keys << text.mid(at + 1, 1).toLower();
    }
    return keys;
}

} // namespace

TEST_F(MainWindowTest, HasTheMenusADesktopUserExpects)
{
    MainWindow window(*m_workspace);
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus << a->text().remove(u'&');
    EXPECT_EQ(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                  QStringLiteral("View"), QStringLiteral("Help")}));

    QStringList file;
    for (QAction* a : window.menus()->fileMenu()->actions())
        if (!a->isSeparator() && a->isVisible())
            file << a->text().remove(u'&');
    EXPECT_EQ(file,
              (QStringList{QStringLiteral("New Database…"), QStringLiteral("Open Database…"),
                           QStringLiteral("Open Recent"), QStringLiteral("Back Up Database…"),
                           QStringLiteral("Restore Backup…"), QStringLiteral("Import Programme…"),
                           QStringLiteral("Export"), QStringLiteral("Print Handout…"),
                           QStringLiteral("Print Preview…"), QStringLiteral("Quit")}));

    // Standard keys.
    EXPECT_EQ(action(window, "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(action(window, "actionOpenDatabase")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(action(window, "actionPrintHandout")->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(action(window, "actionPrintHandout")->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+P")));
    EXPECT_EQ(action(window, "actionUserGuide")->shortcut(), QKeySequence(Qt::Key_F1));
    EXPECT_EQ(action(window, "actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_FALSE(action(window, "actionPreferences")->shortcut().isEmpty());
    EXPECT_EQ(action(window, "actionPreferences")->menuRole(), QAction::PreferencesRole);
    for (const char* name :
         {"actionRedo", "actionBackup", "actionStatusBar", "actionFullScreen", "actionAbout",
          "actionAboutQt", "actionNewDatabase", "actionExportOutcomes", "actionPrintPreview"})
        EXPECT_NE(action(window, name), nullptr) << name;

    // Every menu entry has an accelerator, none twice in one menu; no key is used twice.
    QList<QMenu*> all = {window.menus()->fileMenu(), window.menus()->editMenu(),
                         window.menus()->viewMenu(), window.menus()->helpMenu(),
                         window.menus()->exportMenu()};
    for (QMenu* menu : all) {
        const QStringList keys = accelerators(menu);
        EXPECT_EQ(keys.size(), QSet<QString>(keys.begin(), keys.end()).size())
            << menu->title().toStdString() << ": " << keys.join(u',').toStdString();
    }
    QSet<QKeySequence> shortcuts;
    for (QAction* a : window.findChildren<QAction*>())
        for (const QKeySequence& key :
             QSet<QKeySequence>(a->shortcuts().cbegin(), a->shortcuts().cend())) {
            EXPECT_FALSE(shortcuts.contains(key)) << key.toString().toStdString();
            shortcuts.insert(key);
        }
}

TEST_F(MainWindowTest, UndoAndRedoNameTheCommand)
{
    MainWindow window(*m_workspace);
    auto* undo = action(window, "actionUndo");
    auto* redo = action(window, "actionRedo");
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(redo->isEnabled());

    int value = 0;
    window.undoStack()->push(new CountingCommand(value));
    EXPECT_EQ(value, 1);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Count Up"));
    undo->trigger();
    EXPECT_EQ(value, 0);
    EXPECT_TRUE(redo->isEnabled());
    EXPECT_EQ(redo->text(), QStringLiteral("&Redo Count Up"));
    redo->trigger();
    EXPECT_EQ(value, 1);
}

TEST_F(MainWindowTest, AnUndoTheStoreRefusesIsToldOnceAndLeavesTheHistory)
{
    MainWindow window(*m_workspace);
    window.resize(1000, 700);
    window.show();
    ASSERT_TRUE(window.undoStack()->run(new RefusedUndoCommand));
    int boxes = 0;
    QString text;
    Qt::TextFormat format = Qt::RichText;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message box";
        ++boxes;
        text = box->text();
        format = box->textFormat();
        if (const QByteArray dir = qgetenv("GRADUS_TEST_GRAB_DIR"); !dir.isEmpty())
            box->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/undo-refused.png"));
        box->accept();
    });
    action(window, "actionUndo")->trigger();
    EXPECT_EQ(boxes, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("\"Edit <b>Ana</b>\" could not be undone")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sam changed the phone number at 10:02.")));
    EXPECT_EQ(format, Qt::PlainText) << "the step names a patient: shown as typed";
    EXPECT_EQ(window.undoStack()->count(), 0) << "the refused step left the history";
    EXPECT_FALSE(action(window, "actionUndo")->isEnabled());
    EXPECT_FALSE(action(window, "actionRedo")->isEnabled());
}

TEST_F(MainWindowTest, StatusBarAndTitleSayWhichDatabaseIsOpen)
{
    MainWindow window(*m_workspace);
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(m_store.location().filePath)) << label->text().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QFileInfo(m_store.location().filePath).fileName()));
}

TEST_F(MainWindowTest, RemembersItsGeometry)
{
    {
        MainWindow window(*m_workspace);
        window.show();
        window.resize(900, 640);
        window.close();
    }
    MainWindow again(*m_workspace);
    EXPECT_EQ(again.size(), QSize(900, 640));
}

TEST_F(MainWindowTest, OpeningAnotherDatabaseRebuildsEveryView)
{
    test::insertPatient(m_workspace->db(), QStringLiteral("Ada"), QStringLiteral("First"));
    test::TestStore other;
    {
        auto db = other.open();
        ASSERT_TRUE(db);
        test::insertPatient(*db, QStringLiteral("Zoë"), QStringLiteral("Second"));
        test::insertPatient(*db, QStringLiteral("Yann"), QStringLiteral("Second"));
    }
    MainWindow window(*m_workspace);
    window.show();
    QList<QPointer<QWidget>> before;
    for (QWidget* page : window.pages())
        before << page;
    ASSERT_EQ(before.size(), 3);
    auto* patients = window.findChild<PatientsPage*>();
    ASSERT_NE(patients, nullptr);
    EXPECT_EQ(patients->proxy()->rowCount(), 1);
    int value = 0;
    window.undoStack()->push(new CountingCommand(value));
    window.showPage(window.pages().at(1));

    ASSERT_TRUE(window.databases().open(other.location()));

    // Every page of the old database is gone; new ones show the new database.
    for (const QPointer<QWidget>& page : before)
        EXPECT_TRUE(page.isNull());
    ASSERT_EQ(window.pages().size(), 3);
    EXPECT_EQ(&window.workspace().db(), &window.databases().current().db());
    EXPECT_EQ(window.workspace().db().location().filePath, other.location().filePath);
    patients = window.findChild<PatientsPage*>();
    ASSERT_NE(patients, nullptr);
    EXPECT_EQ(patients->proxy()->rowCount(), 2);
    EXPECT_EQ(window.currentPage(), window.pages().at(1)); // the same page stays in front
    EXPECT_EQ(window.undoStack()->count(), 0); // commands of the old database are dropped
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    EXPECT_TRUE(label->text().contains(other.location().filePath));
    EXPECT_TRUE(window.windowTitle().contains(QFileInfo(other.location().filePath).fileName()));
    // The navigation and the View menu list the new pages once.
    int pageActions = 0;
    for (QAction* a : window.menus()->viewMenu()->actions())
        pageActions += a->objectName().startsWith(QLatin1String("actionPage")) ? 1 : 0;
    EXPECT_EQ(pageActions, 3);

    DeskSettings desk;
    EXPECT_EQ(desk.recentDatabases().value(0), other.location().filePath);
    EXPECT_EQ(desk.value(DeskSettings::Key::LastDatabase).toString(), other.location().filePath);
    // Open Recent lists it, with Alt+1.
    auto* first = window.menus()->recentMenu()->actions().value(0);
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->text().startsWith(QStringLiteral("&1 ")));
    EXPECT_EQ(first->data().toString(), other.location().filePath);

    // And back: the first database opens again from its path.
    ASSERT_TRUE(window.databases().open(m_store.location()));
    EXPECT_EQ(window.findChild<PatientsPage*>()->proxy()->rowCount(), 1);
}

TEST_F(MainWindowTest, AFailedOpenLeavesTheWindowAsItWas)
{
    MainWindow window(*m_workspace);
    QPointer<QWidget> page = window.pages().first();
    const QString missing = m_store.dir() + QStringLiteral("/nowhere.sqlite");
    auto st = window.databases().open(DatabaseLocation::sqliteFile(missing));
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.contains(missing));
    EXPECT_FALSE(QFileInfo::exists(missing)); // opening never creates a file

    // A file that is not a Gradus database is refused and left alone.
    const QString text = m_store.dir() + QStringLiteral("/notes.sqlite");
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    EXPECT_FALSE(window.databases().open(DatabaseLocation::sqliteFile(text)));
    EXPECT_FALSE(page.isNull());
    EXPECT_EQ(&window.workspace(), m_workspace.get());

    // New Database never replaces a file.
    auto exists = window.databases().createNew(text);
    ASSERT_FALSE(exists);
    EXPECT_EQ(exists.error().code, QStringLiteral("database.exists"));
    const QString fresh = m_store.dir() + QStringLiteral("/new-clinic.sqlite");
    ASSERT_TRUE(window.databases().createNew(fresh));
    EXPECT_TRUE(QFileInfo::exists(fresh));
    EXPECT_TRUE(page.isNull());
    EXPECT_EQ(window.workspace().db().location().filePath, fresh);

    // A backup is never written over the database it copies.
    auto same = window.databases().backUpTo(fresh);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, QStringLiteral("backup.same_file"));
}

TEST_F(MainWindowTest, OtherFeaturesAddToTheFileMenuInItsSections)
{
    MainWindow window(*m_workspace);
    MainMenus* menus = window.menus();
    const auto find = [&](const char* name) {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    };
    // The data exchange's actions are in their sections: one working Restore Backup… after
    // Back Up, Import Programme… before the one Export submenu, which holds every export.
    QAction* restore = find("actionRestoreBackup");
    QAction* import = find("actionImportProgramme");
    ASSERT_TRUE(restore && import);
    EXPECT_TRUE(restore->isEnabled());
    const QList<QAction*> before = menus->fileMenu()->actions();
    EXPECT_EQ(before.indexOf(restore), before.indexOf(menus->backUp()) + 1);
    EXPECT_EQ(before.indexOf(import) + 1, before.indexOf(menus->exportMenu()->menuAction()));
    QStringList exports;
    for (QAction* a : menus->exportMenu()->actions())
        exports << a->objectName();
    EXPECT_EQ(exports, (QStringList{QStringLiteral("actionExportFhir"),
                                    QStringLiteral("actionExportProgramme"),
                                    QStringLiteral("actionExportOutcomes")}));
    int restores = 0;
    for (QAction* a : window.findChildren<QAction*>())
        restores += a->text().contains(QStringLiteral("tore")) && a->menu() == nullptr;
    EXPECT_EQ(restores, 1) << "one Restore entry";

    auto* check = new QAction(QStringLiteral("&Check Database…"), &window);
    menus->addFileAction(MainMenus::FileSection::Database, check);
    auto* fhir = new QAction(QStringLiteral("&FHIR Bundle…"), &window);
    menus->addFileAction(MainMenus::FileSection::Export, fhir);
    auto* csv = new QAction(QStringLiteral("Import &Patients from CSV…"), &window);
    menus->addFileAction(MainMenus::FileSection::Import, csv);

    const QList<QAction*> file = menus->fileMenu()->actions();
    const auto at = [&](QAction* a) { return file.indexOf(a); };
    EXPECT_EQ(at(check), at(restore) + 1);
    EXPECT_TRUE(file.at(at(check) + 1)->isSeparator());
    EXPECT_EQ(menus->exportMenu()->actions().last(), fhir);
    EXPECT_EQ(at(csv), at(import) + 1);
    EXPECT_LT(at(csv), at(menus->exportMenu()->menuAction()));
    EXPECT_LT(at(menus->exportMenu()->menuAction()), at(menus->printHandout()));
}

TEST_F(MainWindowTest, F1OpensTheUserGuide)
{
    MainWindow window(*m_workspace);
    window.menus()->userGuide()->trigger();
    auto* guide = window.findChild<UserGuideWindow*>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_EQ(guide->language(), QStringLiteral("en"));
    const QString text = guide->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Gradus User Guide"))) << text.left(200).toStdString();
    // The text after a picture is all there, and the pictures are loaded (scaled to fit).
    EXPECT_TRUE(text.contains(QStringLiteral("in the United States"))) << text.toStdString();
    const QVariant picture = guide->browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("images/patients.png")));
    EXPECT_EQ(picture.value<QImage>().width(), 640);
    // Triggered again, the same window comes to the front.
    window.menus()->userGuide()->trigger();
    EXPECT_EQ(window.findChildren<UserGuideWindow*>().size(), 1);
    EXPECT_EQ(UserGuideWindow::guideLanguage({QStringLiteral("xx-YY")}), QStringLiteral("en"));
    EXPECT_EQ(UserGuideWindow::guideLanguage({QStringLiteral("en-GB")}), QStringLiteral("en"));
}
