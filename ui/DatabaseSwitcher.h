#pragma once

#include "connection/DatabaseLocation.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

class QWidget;

namespace gradus {

class Workspace;

// Which database the window works on, and the File menu's database actions: New Database…,
// Open Database… (a SQLite file or a clinic server), Open Recent and Back Up. Opening another
// database opens it completely first; only then is switched() emitted (the window rebuilds
// every view on the new workspace) and the old workspace closed. When opening fails, the
// current database stays open and nothing changes.
class DatabaseSwitcher : public QObject
{
    Q_OBJECT

public:
    // The application's: owns `initial` and every workspace opened later.
    explicit DatabaseSwitcher(std::unique_ptr<Workspace> initial, QObject* parent = nullptr);
    // Tests and tools: `initial` stays the caller's; workspaces opened later are owned here.
    explicit DatabaseSwitcher(Workspace& initial, QObject* parent = nullptr);
    ~DatabaseSwitcher() override;

    Workspace& current() const { return *m_current; }

    // Opens an existing database (a SQLite file must exist) and switches to it.
    Status open(const DatabaseLocation& location);
    // Creates a new SQLite database at `filePath` (refused when the file exists) and switches.
    Status createNew(const QString& filePath);
    // Writes a complete copy of the current (SQLite) database to `targetPath`.
    Status backUpTo(const QString& targetPath, bool replace = false);

    // The same behind their dialogs; problems are shown to the user.
    void chooseNew(QWidget* parent);
    void chooseAndOpen(QWidget* parent);
    void openRecent(const QString& location, QWidget* parent);
    void chooseBackUp(QWidget* parent);

signals:
    // Every view must now use `workspace`; the previous one is closed when this returns.
    void switched(gradus::Workspace& workspace);
    void statusMessage(const QString& message);
    void recentChanged();

private:
    Status switchTo(const DatabaseLocation& location);
    // A server that refuses the account without a password asks with the sign-in dialog.
    Status openOrSignIn(const DatabaseLocation& location, QWidget* parent);
    Status adopt(std::unique_ptr<Workspace> next);
    void showProblem(QWidget* parent, const QString& title, const Error& error);

    std::unique_ptr<Workspace> m_owned;
    Workspace* m_current = nullptr;
};

} // namespace gradus
