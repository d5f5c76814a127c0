#pragma once

#include "util/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QObject;
class QThread;
class QWidget;

namespace gradus {

class Workspace;

// What work running in the background sees of its progress dialog. Safe to use from the
// worker thread while the UI thread reads it.
class TaskProgress
{
public:
    // How far the work is; total 0 means "not known" (a busy bar).
    void report(qint64 done, qint64 total)
    {
        m_total = total;
        m_done = done;
    }
    bool cancelled() const { return m_cancelled; }

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

// Runs long work (exports, backups, PDFs, the demo clinic) on a worker thread, so the window
// keeps painting and the clock keeps turning, while the caller waits for the result as if
// the call were direct. Meanwhile user input goes only to a progress dialog, shown when the
// work takes longer than a moment, whose Cancel asks the work to stop (TaskProgress).
//
// Qt's database connections belong to the thread that made them, so work on the store gets
// a connection of its own to the same store, signed in as the desk's. The changes it
// announces are passed on to the desk's workspace when it is done, so the views refresh.
namespace BackgroundTask {

using Work = std::function<Status(TaskProgress& progress)>;
using StoreWork = std::function<Status(Workspace& store, TaskProgress& progress)>;

Status run(QWidget* parent, const QString& label, const Work& work);
Status runOnStore(QWidget* parent, Workspace& workspace, const QString& label,
                  const StoreWork& work);

// The same for work with a result: compute<BackupInfo>(this, label, work).
template <typename T>
Result<T> compute(QWidget* parent, const QString& label,
                  const std::function<Result<T>(TaskProgress& progress)>& work)
{
    std::optional<Result<T>> out;
    const Status status = run(parent, label, [&](TaskProgress& progress) -> Status {
        out = work(progress);
        return *out ? Status() : Status(out->error());
    });
    if (!status || !out)
        return status.error();
    return std::move(*out);
}
template <typename T>
Result<T>
computeOnStore(QWidget* parent, Workspace& workspace, const QString& label,
               const std::function<Result<T>(Workspace& store, TaskProgress& progress)>& work)
{
    std::optional<Result<T>> out;
    const Status status = runOnStore(parent, workspace, label,
                                     [&](Workspace& store, TaskProgress& progress) -> Status {
                                         out = work(store, progress);
                                         return *out ? Status() : Status(out->error());
                                     });
    if (!status || !out)
        return status.error();
    return std::move(*out);
}

// The error run() returns when the clinician cancelled and the work stopped: callers say
// nothing more (the work has left nothing half-done).
bool wasCancelled(const Status& status);
bool wasCancelled(const Error& error);

// How long the work runs before the progress dialog appears.
constexpr int kDialogDelayMs = 400;

// Work on the store that nobody waits for, such as the daily backup at start-up: it runs on
// a worker with its own connection while the desk is used, and `done` is then called on the
// UI thread. The destructor waits for the work, so the program never quits in its middle.
// Changes it makes are not announced to the views: it is for work that changes no records.
class Job
{
public:
    Job(Workspace& workspace, StoreWork work, std::function<void(const Status&)> done);
    ~Job();
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;
    bool isRunning() const;

private:
    Status m_result;
    std::unique_ptr<QObject> m_receiver; // lives on the UI thread, for `done`
    std::unique_ptr<QThread> m_thread;
};

} // namespace BackgroundTask
} // namespace gradus
