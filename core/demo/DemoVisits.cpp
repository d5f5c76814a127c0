#include "demo/DemoVisits.h"

#include "Workspace.h"
#include "log/Logging.h"
#include "storage/EpisodeRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace gradus {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoVisits)
};

int clamp(double value, int low, int high)
{
    return std::clamp(int(std::lround(value)), low, high);
}

// `sum` spread at random over `items` answers of at most `high` each.
QList<int> spread(QRandomGenerator& rng, int items, int sum, int high)
{
    QList<int> values(items, 0);
    sum = std::clamp(sum, 0, items * high);
    while (sum > 0) {
        const int i = int(rng.bounded(items));
        if (values[i] < high) {
            ++values[i];
            --sum;
        }
    }
    return values;
}

MeasureAnswers toAnswers(const QList<int>& values)
{
    MeasureAnswers answers;
    for (int v : values)
        answers.append(v);
    return answers;
}

// Answers for one instrument at `progress` (0 = baseline, 1 = discharge).
MeasureAnswers demoAnswers(QRandomGenerator& rng, Instrument instrument, double progress,
                           double severity, int psfsCount)
{
    switch (instrument) {
    case Instrument::Odi: {
        // From about 40% down to about 12%; section 8 left unanswered now and then, as
        // patients often do.
        const double percent = (40.0 + 10.0 * severity) * (1.0 - 0.7 * progress);
        MeasureAnswers a = toAnswers(spread(rng, 10, clamp(percent / 2.0, 0, 50), 5));
        if (rng.bounded(3) == 0)
            a[7].reset();
        return a;
    }
    case Instrument::Rmdq: {
        const int ticked = clamp((12.0 + 4.0 * severity) * (1.0 - 0.8 * progress), 0, 24);
        return toAnswers(spread(rng, 24, ticked, 1));
    }
    case Instrument::StartBack: {
        // Medium or high risk at baseline, low at discharge.
        const int physical = clamp(3.0 * (1.0 - progress) + severity, 0, 4);
        const int psycho = clamp((3.0 + severity) * (1.0 - progress), 0, 4);
        QList<int> values = spread(rng, 4, physical, 1);
        values << spread(rng, 4, psycho, 1);
        values << clamp(4.5 - 3.5 * progress, 1, 5);
        return toAnswers(values);
    }
    case Instrument::Psfs: {
        MeasureAnswers a;
        for (int i = 0; i < psfsCount; ++i)
            a.append(clamp(2.0 + 6.5 * progress + (rng.bounded(3) - 1.0), 0, 10));
        return a;
    }
    case Instrument::Tsk: {
        // About 44 (high fear) falling to about 32.
        const int total = clamp((44.0 + 3.0 * severity) - 12.0 * progress, 17, 68);
        QList<int> values(17, 1);
        int extra = total - 29; // all-1 answers score 29
        QList<int> order;
        for (int i = 0; i < 17; ++i)
            order << i;
        std::shuffle(order.begin(), order.end(), rng);
        for (int i : order) {
            const bool reversed = i == 3 || i == 7 || i == 11 || i == 15;
            if (reversed)
                continue;
            const int add = std::clamp(extra, 0, 3);
            values[i] += add;
            extra -= add;
        }
        return toAnswers(values);
    }
    }
    Q_UNREACHABLE();
}

} // namespace

Status addDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed)
{
    return addDemoVisits(workspace, patientId, seed, 8);
}

Status addDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed, int visitCount)
{
    if (auto st = writeDemoVisits(workspace, patientId, seed, visitCount); !st)
        return st;
    workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Visit));
    workspace.db().notify(StoreNotice::reset(StoreNotifier::Kind::Measure));
    return {};
}

QList<DemoVisit> planDemoVisits(quint32 seed, int visitCount, const QDate& last, int spacing,
                                const QDate& earliest, const QStringList& psfsNamed)
{
    QList<DemoVisit> course;
    QRandomGenerator rng(seed);
    const QDate first = last.addDays(-qint64(spacing) * (visitCount - 1));
    const double severity = rng.bounded(1.0);
    const double baselinePain = 6.0 + 2.0 * severity;
    const QStringList clinicians{QStringLiteral("Alex Demo"), QStringLiteral("Jo Example")};
    const QStringList notes{
        Tr::tr("Walking quota met most days. Reviewed lifting technique."),
        Tr::tr("Flare after a long drive; settled within two days."),
        Tr::tr("Sleeping better. Progressed bridge holds."),
        Tr::tr("Leg pain now above the knee only."),
        Tr::tr("Back at work on reduced hours."),
    };
    QStringList named = psfsNamed;
    for (int i = 0; i < visitCount; ++i) {
        const double progress = visitCount == 1 ? 0.0 : double(i) / (visitCount - 1);
        const bool flare = i > 1 && rng.bounded(6) == 0;
        DemoVisit visit;
        VisitRecord& r = visit.record;
        const int jitter =
            (i == 0 || i == visitCount - 1 || spacing < 7) ? 0 : int(rng.bounded(3)) - 1;
        r.date = first.addDays(qint64(spacing) * i + jitter);
        if (earliest.isValid() && r.date < earliest)
            r.date = earliest;
        r.time = QTime(8 + int(rng.bounded(9)), rng.bounded(2) ? 30 : 0);
        r.clinician = clinicians.at(int(rng.bounded(clinicians.size())));
        const double pain =
            baselinePain * std::exp(-2.0 * progress) + 1.0 + (flare ? 2.0 : rng.bounded(1.0));
        r.painNow = clamp(pain, 0, 10);
        r.painBest = clamp(pain - 1.0 - rng.bounded(2), 0, r.painNow);
        r.painWorst = clamp(pain + 1.0 + rng.bounded(2.5), r.painNow, 10);
        if (i > 0) {
            r.painExercise = clamp(pain * 0.6, 0, 10);
            r.painNextMorning = clamp(pain + (flare ? 1 : -0.5), 0, 10);
            r.sessionsPlanned = 5 + int(rng.bounded(3));
            r.sessionsDone = *r.sessionsPlanned - int(rng.bounded(flare ? 4 : 2));
        }
        r.activityLabel = Tr::tr("walking");
        r.activityMinutes =
            clamp((10.0 + 15.0 * severity) * (1.0 + 3.0 * progress) * (flare ? 0.7 : 1.0) +
                      rng.bounded(5),
                  0, 600);
        if (rng.bounded(2))
            r.steps = clamp(3000 + 5000 * progress + rng.bounded(1200), 0, 50000);
        r.legSymptoms = progress < 0.15  ? LegSymptoms::Stable
                        : progress < 0.6 ? LegSymptoms::Centralising
                                         : LegSymptoms::None;
        if (flare && progress < 0.6)
            r.legSymptoms = LegSymptoms::Peripheralising;
        if (rng.bounded(3) == 0)
            r.notes = notes.at(int(rng.bounded(notes.size())));

        // Questionnaires at the first visit, half way and the last.
        const bool measureDay = i == 0 || i == visitCount - 1 || i == visitCount / 2;
        if (measureDay) {
            for (Instrument instrument : Instruments::all()) {
                // STarT Back is a screening tool: first visit and discharge only.
                if (instrument == Instrument::StartBack && i == visitCount / 2 && i != 0 &&
                    i != visitCount - 1)
                    continue;
                MeasureInput m;
                m.instrument = instrument;
                m.takenOn = r.date;
                int psfsCount = 3;
                if (instrument == Instrument::Psfs) {
                    // Re-rate what the episode already named, or name three activities.
                    if (named.isEmpty()) {
                        m.psfsActivities = {Tr::tr("Sitting at work for an hour"),
                                            Tr::tr("Lifting the laundry basket"),
                                            Tr::tr("Walking to the shops")};
                        named = m.psfsActivities;
                    } else {
                        psfsCount = int(named.size());
                    }
                }
                m.answers = demoAnswers(rng, instrument, progress, severity, psfsCount);
                visit.measures.append(m);
            }
        }
        course.append(visit);
    }
    return course;
}

Status writeDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed, int visitCount)
{
    if (visitCount < 1)
        return Error{QStringLiteral("demo.invalid"), Tr::tr("Ask for at least one demo visit.")};

    std::optional<qint64> episode;
    auto open = EpisodeRepository(workspace).openEpisode(patientId);
    if (!open)
        return open.error();
    if (*open)
        episode = (*open)->id;

    VisitRepository visits(workspace);
    MeasureRepository measures(workspace);
    QSignalBlocker quiet(&workspace.notifier());
    Database& db = workspace.db();
    Status written = db.write([&]() -> Status {
        auto named = measures.psfsActivities(patientId, episode);
        if (!named)
            return named.error();
        QStringList names;
        for (const PsfsActivity& a : std::as_const(*named))
            names << a.name;
        // Weekly visits for a normal course of care; a long series (benchmarks) packs them
        // closer so that it still ends yesterday without starting decades ago.
        const int spacing = visitCount <= 20 ? 7 : 3;
        const QDate last = workspace.clock().today().addDays(-1);
        const auto course = planDemoVisits(seed, visitCount, last, spacing, QDate(), names);
        for (const DemoVisit& visit : course) {
            auto visitId = visits.add(patientId, episode, visit.record, visit.record.clinician);
            if (!visitId)
                return visitId.error();
            for (MeasureInput m : visit.measures) {
                m.patientId = patientId;
                m.episodeId = episode;
                m.visitId = *visitId;
                auto id = measures.add(m, visit.record.clinician);
                if (!id)
                    return id.error();
            }
        }
        return {};
    });
    if (!written)
        return written;
    logging::get("demo")->info("{} demo visits added for patient {}", visitCount, patientId);
    return {};
}

} // namespace gradus
