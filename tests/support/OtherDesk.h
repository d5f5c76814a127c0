#pragma once

#include "connection/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <thread>

namespace gradus::test {

// Another desk on the test PostgreSQL server, on its own connection (as the server's superuser)
// in its own thread. It runs `before`, and the constructor returns once it has; then it waits
// until some session waits for a lock (the app's unit, blocked by what `before` holds), or 10 s,
// and runs `after`. Statements stop at the first that fails.
class OtherDesk
{
public:
    OtherDesk(const DatabaseLocation& where, QStringList before, QStringList after)
        : m_thread([this, where, before = std::move(before), after = std::move(after)] {
              run(where, before, after);
          })
    {
        m_ready.acquire();
    }
    ~OtherDesk() { join(); }
    OtherDesk(const OtherDesk&) = delete;
    OtherDesk& operator=(const OtherDesk&) = delete;

    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool ranBefore() const { return m_ranBefore; }
    bool sawAWait() const { return m_sawWait; }
    bool ranAfter() const { return m_ranAfter; }

private:
    void run(const DatabaseLocation& where, const QStringList& before, const QStringList& after)
    {
        const QString name = QStringLiteral("other-desk");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(where.databaseName);
            m_ranBefore = db.open() && runAll(db, before);
            m_ready.release();
            if (m_ranBefore) {
                QElapsedTimer waited;
                waited.start();
                while (!m_sawWait && waited.elapsed() < 10000) {
                    QSqlQuery locks(db);
                    m_sawWait = locks.exec(QStringLiteral(
                                    "SELECT count(*) FROM pg_locks WHERE NOT granted")) &&
                                locks.next() && locks.value(0).toInt() > 0;
                    if (!m_sawWait)
                        QThread::msleep(20);
                }
                m_ranAfter = runAll(db, after);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static bool runAll(QSqlDatabase& db, const QStringList& statements)
    {
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return false;
        }
        return true;
    }

    QSemaphore m_ready;
    std::atomic<bool> m_ranBefore = false;
    std::atomic<bool> m_sawWait = false;
    std::atomic<bool> m_ranAfter = false;
    std::thread m_thread;
};

} // namespace gradus::test
