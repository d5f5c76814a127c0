#include "StartupBench.h"

#include "patients/PatientListModel.h"
#include "patients/PatientsPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace gradus {
namespace {

// VmRSS from /proc/self/status, in MB; -1 where there is none.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

StartupBench::StartupBench(const QElapsedTimer& clock, QObject* parent)
    : QObject(parent), m_clock(clock)
{
}

bool StartupBench::requested(int argc, char* argv[])
{
    if (qEnvironmentVariableIntValue("GRADUS_STARTUP_BENCH") > 0)
        return true;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--startup-bench") == 0)
            return true;
    return false;
}

void StartupBench::watch(QWidget* window)
{
    m_window = window;
    window->installEventFilter(this);
}

bool StartupBench::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        watched->removeEventFilter(this);
        // Reported once this paint has been delivered and the event loop is free again.
        QTimer::singleShot(0, this, &StartupBench::report);
    }
    return QObject::eventFilter(watched, event);
}

// GRADUS_BENCH_OPEN_PATIENTS=ID,ID,...: then opens those patients one after another, as a
// clinician would from the list (every tab of the patient view loads), and prints the time
// each took until the window had handled what the opening posted, and the memory after all.
void StartupBench::openPatients()
{
    const QStringList ids =
        qEnvironmentVariable("GRADUS_BENCH_OPEN_PATIENTS").split(u',', Qt::SkipEmptyParts);
    auto* page = m_window ? m_window->findChild<PatientsPage*>() : nullptr;
    if (ids.isEmpty() || !page)
        return;
    for (const QString& id : ids) {
        QElapsedTimer opening;
        opening.start();
        page->showPatient(id.toLongLong());
        QCoreApplication::processEvents();
        std::printf("open patient %s: %.1f ms\n", qPrintable(id),
                    double(opening.nsecsElapsed()) / 1e6);
    }
    std::printf("after opening %d patients: resident: %.1f MB\n", int(ids.size()),
                residentMegabytes());
    std::fflush(stdout);
}

// GRADUS_BENCH_GRAB_DIR=FOLDER: the window as it was at each step, as PNG, to look at.
void StartupBench::grab(const char* name)
{
    const QString folder = qEnvironmentVariable("GRADUS_BENCH_GRAB_DIR");
    if (!folder.isEmpty() && m_window)
        m_window->grab().save(folder + u'/' + QLatin1String(name));
}

void StartupBench::report()
{
    std::printf("first paint: %.1f ms; resident: %.1f MB\n", double(m_clock.nsecsElapsed()) / 1e6,
                residentMegabytes());
    std::fflush(stdout);
    grab("startup-first-paint.png");
    // Then the moment the whole patient list is in (at once for a small clinic; a big one
    // loads in the background), with the memory that holds it.
    auto reportLoaded = [this] {
        std::printf("patients loaded: %.1f ms; resident: %.1f MB\n",
                    double(m_clock.nsecsElapsed()) / 1e6, residentMegabytes());
        std::fflush(stdout);
        grab("startup-patients-loaded.png");
        openPatients();
        QCoreApplication::exit(0);
    };
    auto* model = m_window ? m_window->findChild<PatientListModel*>() : nullptr;
    if (model && model->isLoading())
        connect(model, &PatientListModel::loaded, this, reportLoaded);
    else
        reportLoaded();
}

} // namespace gradus
