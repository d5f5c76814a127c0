#include "Commands.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "demo/DemoClinic.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

// Ctrl+C during a long demo: the next progress call answers "cancel", the one transaction rolls
// back, and the store is as it was. A second Ctrl+C ends the process at once (default action).
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL);
}

// The shell's convention for a command ended by Ctrl+C (128 + SIGINT).
constexpr int kExitInterrupted = 130;

// A bar on the terminal, rewritten in place; with --progress and no terminal, a line now and
// then (for scripts and the test that cancels a run).
class ProgressBar
{
public:
    ProgressBar(QTextStream& err, bool terminal, bool lines)
        : m_err(err), m_terminal(terminal), m_lines(lines)
    {
        m_clock.start();
    }

    bool operator()(int done, int total)
    {
        if (g_interrupted)
            return false;
        if (m_terminal && (m_clock.elapsed() - m_shown >= 100 || done == total)) {
            m_shown = m_clock.elapsed();
            const int width = 30;
            const int filled = total > 0 ? int(qint64(width) * done / total) : width;
            // Straight to the terminal: the error stream shows control characters such as the
            // carriage return escaped (they could come from patient text), and this one is ours.
            const QString bar = QStringLiteral("\r[") + QString(filled, u'#') +
                                QString(width - filled, u' ') + QStringLiteral("] ") +
                                Tr::tr("%1 of %2 patients").arg(done).arg(total) +
                                (done == total ? QStringLiteral("\n") : QString());
            m_err.flush();
            std::fputs(bar.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
        } else if (m_lines && (m_clock.elapsed() - m_shown >= 500 || done == total)) {
            m_shown = m_clock.elapsed();
            // "progress:" stays untranslated: scripts look for it.
            m_err << "progress: " << Tr::tr("%1 of %2 patients").arg(done).arg(total) << '\n';
            m_err.flush();
        }
        return !g_interrupted;
    }

private:
    QTextStream& m_err;
    bool m_terminal;
    bool m_lines;
    QElapsedTimer m_clock;
    qint64 m_shown = -1000;
};

int run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption patients(
        QStringLiteral("patients"),
        Tr::tr("How many patients (1-%1).").arg(DemoClinic::kMaximumPatients), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Random seed (default %1).").arg(DemoClinic::kDefaultSeed),
                                  QStringLiteral("S"));
    const QCommandLineOption visits(
        QStringLiteral("visits"),
        Tr::tr("How many visits in all, spread over the patients and their episodes (0-%1; "
               "default: 8 for each of the first %2 patients with an open episode).")
            .arg(DemoClinic::kMaximumVisits)
            .arg(DemoClinic::kPatientsWithVisits),
        QStringLiteral("M"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      Tr::tr("Report progress on standard error even when it is "
                                             "not a terminal."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("demo"),
         .description = Tr::tr(
             "Create N fictional patients (names from many languages, episodes of care and "
             "clinical profiles) with M visits and their questionnaires, in one transaction. "
             "Clinic numbers start with DEMO-; the same --seed gives the same clinic. A bar shows "
             "progress on a terminal; Ctrl+C cancels and writes nothing.\nJSON: patients, "
             "episodes, conditions, visits, measures, rows, seconds."),
         .options = {patients, visits, seed, progress},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (!a.isSet(patients))
        return ctx.usage(Tr::tr("demo needs --patients N."));
    bool ok = false;
    const int count = a.value(patients).toInt(&ok);
    if (!ok)
        return ctx.usage(
            Tr::tr("--patients must be a whole number (not '%1').").arg(a.value(patients)));
    quint32 seedValue = DemoClinic::kDefaultSeed;
    if (a.isSet(seed)) {
        seedValue = a.value(seed).toUInt(&ok);
        if (!ok)
            return ctx.usage(
                Tr::tr("--seed must be a whole number (not '%1').").arg(a.value(seed)));
    }
    DemoClinic::Options options;
    options.patients = count;
    options.seed = seedValue;
    if (a.isSet(visits)) {
        const qint64 total = a.value(visits).toLongLong(&ok);
        if (!ok)
            return ctx.usage(
                Tr::tr("--visits must be a whole number (not '%1').").arg(a.value(visits)));
        options.visits = total;
    }
    // Only now, once the command line is known to be right: this command may create the
    // database, and a mistyped option must not leave an empty one behind.
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ProgressBar bar(ctx.err(), ::isatty(STDERR_FILENO) == 1, a.isSet(progress));
    options.progress = [&bar](int done, int total) { return bar(done, total); };
    g_interrupted = 0;
    auto* previous = std::signal(SIGINT, onInterrupt);
    QElapsedTimer clock;
    clock.start();
    auto summary = DemoClinic::create(**ws, options);
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
    if (!summary && summary.error().code == QLatin1String("demo.cancelled"))
        return ctx.fail(summary.error(), kExitInterrupted);
    if (!summary)
        return ctx.fail(summary.error(), PatientArgs::exitCodeFor(summary.error()));
    if (a.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("patients"), summary->patients},
                                  {QStringLiteral("episodes"), summary->episodes},
                                  {QStringLiteral("conditions"), summary->conditions},
                                  {QStringLiteral("visits"), summary->visits},
                                  {QStringLiteral("measures"), summary->measures},
                                  {QStringLiteral("rows"), summary->rows},
                                  {QStringLiteral("seconds"), seconds}});
    } else {
        ctx.out() << Tr::tr("Created %1 demo patients (episodes of care: %2, conditions: %3).",
                            nullptr, int(summary->patients))
                         .arg(summary->patients)
                         .arg(summary->episodes)
                         .arg(summary->conditions)
                  << Qt::endl;
        ctx.out() << Tr::tr("Visits: %1, outcome measures: %2; %3 rows in %4 s.")
                         .arg(summary->visits)
                         .arg(summary->measures)
                         .arg(summary->rows)
                         .arg(seconds, 0, 'f', seconds < 10 ? 2 : 1)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

// `gradus-cli demo --patients N`: a fictional clinic for trying Gradus and for benchmarks.
CliCommand demoCommand()
{
    return CliCommand(QStringLiteral("demo"), Tr::tr("Create fictional demo patients"), run);
}

} // namespace gradus::cli
