#pragma once

#include "notify/StoreNotice.h"

#include <QObject>
#include <QTimer>

namespace gradus {

class Workspace;
struct AuditEntry;

// Brings other desks' changes to this one: whenever another connection (another desk, a
// gradus-cli script) commits, the changes recorded in the audit trail since the last look are
// announced on the workspace's StoreNotifier, so open views refresh as they do for changes
// made here.
//
// How it learns of a commit: on PostgreSQL the audit trigger's NOTIFY (LISTEN on
// AuditTrail::kNotifyChannel), with a slow poll as a safety net; on SQLite, PRAGMA
// data_version, which changes only when another connection commits and costs no I/O.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Workspace& workspace, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Starts watching; `pollMs` is how often SQLite's data_version (or, on a server, the
    // trail) is looked at.
    void start(int pollMs = 1000);
    void stop();

    // Looks now (also what the timer and the server's notification do). Returns the number
    // of changes announced.
    int checkNow();

    // The notices that announce these changes: one per record, mapped to the kind the views
    // know (a visit's revision announces its visit), or one reset per kind for a large batch.
    static QList<StoreNotice> noticesFor(const QList<AuditEntry>& entries);

signals:
    // After announcing changes made elsewhere: how many there were.
    void changesArrived(int count);

private:
    void onTimer();

    Workspace& m_workspace;
    QTimer m_timer;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace gradus
