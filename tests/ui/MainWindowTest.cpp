#include "MainWindow.h"
#include "Workspace.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoCommand>
#include <QUndoStack>

using namespace gradus;

namespace {

class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int& value) : m_value(value) { setText(QStringLiteral("count")); }
    void redo() override { ++m_value; }
    void undo() override { --m_value; }

private:
    int& m_value;
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
    test::TestStore m_store;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace

TEST_F(MainWindowTest, HasTheStandardMenusAndActions)
{
    MainWindow window(*m_workspace);
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text().remove(u'&');
    EXPECT_EQ(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                  QStringLiteral("View"), QStringLiteral("Help")}));
    for (const char* name :
         {"actionBackup", "actionQuit", "actionUndo", "actionRedo", "actionStatusBar",
          "actionFullScreen", "actionAbout", "actionAboutQt"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
    }
    EXPECT_EQ(window.findChild<QAction*>(QStringLiteral("actionQuit"))->shortcut(),
              QKeySequence(QKeySequence::Quit));
}

TEST_F(MainWindowTest, UndoAndRedoFollowTheUndoStack)
{
    MainWindow window(*m_workspace);
    auto* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    auto* redo = window.findChild<QAction*>(QStringLiteral("actionRedo"));
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(redo->isEnabled());

    int value = 0;
    window.undoStack()->push(new CountingCommand(value));
    EXPECT_EQ(value, 1);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 0);
    EXPECT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(value, 1);
}

TEST_F(MainWindowTest, StatusBarShowsWhichDatabaseIsOpen)
{
    MainWindow window(*m_workspace);
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(m_store.location().filePath)) << label->text().toStdString();
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
