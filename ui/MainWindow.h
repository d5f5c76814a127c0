#pragma once

#include <QMainWindow>

class QUndoStack;
class QLabel;

namespace gradus {

class Database;

// Assembles the views, menus and status bar. Features live in their own widgets; this class
// only creates them and wires actions to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void backUpDatabase();
    void showAbout();

    Database& m_db;
    QUndoStack* m_undoStack = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace gradus
