#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace gradus {

// `gradus --startup-bench` (or GRADUS_STARTUP_BENCH=1): prints the milliseconds from the start
// of main() to the main window's first paint, and the resident memory then, so that
// scripts/bench --scale can measure start-up without a window manager or a person watching;
// then the same when the whole patient list has arrived (a big clinic loads it in the
// background), and quits.
// The demo offer and other start-up questions are not asked in this mode.
class StartupBench : public QObject
{
    Q_OBJECT

public:
    // `clock` was started first thing in main().
    StartupBench(const QElapsedTimer& clock, QObject* parent = nullptr);
    // Watches `window` for its first paint.
    void watch(QWidget* window);
    static bool requested(int argc, char* argv[]);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();
    void openPatients();
    void grab(const char* name);

    QElapsedTimer m_clock;
    QPointer<QWidget> m_window;
    bool m_done = false;
};

} // namespace gradus
