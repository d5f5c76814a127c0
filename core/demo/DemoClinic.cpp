#include "demo/DemoClinic.h"

#include "Workspace.h"
#include "demo/DemoNames.h"
#include "demo/DemoVisits.h"
#include "log/Logging.h"
#include "model/Condition.h"
#include "model/Episode.h"
#include "patients/SearchFolding.h"
#include "storage/BulkRecords.h"
#include "storage/PatientRepository.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace gradus {
namespace {

// QRandomGenerator with a seed is a fixed algorithm (mt19937), and bounded() is defined by
// Qt rather than by the standard library, so a seed gives the same clinic everywhere.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_rng.bounded(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto& pick(const List& list)
    {
        return *(std::begin(list) + below(static_cast<int>(std::size(list))));
    }

private:
    QRandomGenerator m_rng;
};

const char* const kStreets[] = {"Birch Lane",   "Mill Road",    "Station Street", "Orchard Way",
                                "Harbour View", "Linden Close", "Church Walk",    "Meadow Rise"};
const char* const kTowns[] = {"Fennbridge", "Larkhaven", "Oakminster", "Westmere", "Dunmore Quay"};
const char* const kReferrals[] = {
    "GP",          "Self-referral", "Orthopaedic clinic", "Occupational health",
    "Sports club", "Pain clinic"};

Patient makePatient(Dice& dice, const QDate& today)
{
    const DemoCulture& culture = dice.pick(demoCultures());
    Patient p;
    const int roll = dice.below(100);
    p.sex = roll < 52 ? Sex::Female : roll < 98 ? Sex::Male : roll < 99 ? Sex::Other : QString();
    const bool female = p.sex == Sex::Female || (p.sex != Sex::Male && dice.chance(50));
    p.givenName = dice.pick(female ? culture.femaleGiven : culture.maleGiven);
    const QStringList& inflected = female ? culture.familyFemale : culture.familyMale;
    if (!culture.family.isEmpty() && (inflected.isEmpty() || dice.chance(50)))
        p.familyName = dice.pick(culture.family);
    else
        p.familyName = dice.pick(inflected);
    if (dice.chance(60))
        p.preferredName = demoPreferredName(p.givenName);

    // A triangular spread from 18 to 90 years, most patients in mid-life, like a
    // back-pain caseload.
    const int age = 18 + dice.below(37) + dice.below(37);
    p.dateOfBirth = today.addYears(-age).addDays(-dice.below(365));

    if (dice.chance(85))
        p.phone = QStringLiteral("07700 900%1").arg(dice.below(1000), 3, 10, QLatin1Char('0'));
    if (dice.chance(40)) {
        // example.org is reserved for documentation: these addresses reach nobody.
        QString local = SearchFolding::fold(p.givenName + u'.' + p.familyName);
        local.remove(u' ');
        if (local.contains(QRegularExpression(QStringLiteral("[^a-z.-]"))))
            local = QStringLiteral("patient%1").arg(dice.below(100000));
        p.email = local + QStringLiteral("@example.org");
    }
    p.address = QStringLiteral("%1 %2, %3")
                    .arg(dice.between(1, 140))
                    .arg(QLatin1String(dice.pick(kStreets)), QLatin1String(dice.pick(kTowns)));
    p.referralSource = QLatin1String(dice.pick(kReferrals));
    p.notes = DemoClinic::tr("Demo patient (fictional).");
    p.archived = dice.chance(4);
    return p;
}

struct EpisodePlan
{
    Episode episode;
    QList<Condition> conditions;
};

Condition condition(const QString& code, const QDate& onset)
{
    Condition c;
    c.code = code;
    c.onsetDate = onset;
    return c;
}

Condition::Side randomSide(Dice& dice)
{
    const int roll = dice.below(10);
    return roll < 5   ? Condition::Side::Left
           : roll < 9 ? Condition::Side::Right
                      : Condition::Side::Both;
}

// One episode with a profile that hangs together. `end` is the day of the episode's last
// news: today for an open episode, the closing day for a past one.
EpisodePlan planEpisode(Dice& dice, const Patient& p, const QDate& end, bool open)
{
    EpisodePlan plan;
    Episode& e = plan.episode;
    const int age = p.ageOn(end);
    const int phaseRoll = dice.below(100);
    const int onsetDaysAgo = phaseRoll < 40   ? dice.between(2, 41)
                             : phaseRoll < 65 ? dice.between(42, 84)
                                              : dice.between(85, 1500);
    e.onsetDate = end.addDays(-onsetDaysAgo);
    e.openedOn = std::min(end, e.onsetDate.addDays(dice.between(1, 21)));
    if (!open)
        e.closedOn = end;

    const bool pregnant = open && p.sex == Sex::Female && age >= 20 && age <= 42 && dice.chance(12);
    const bool radicular = !pregnant && dice.chance(30);
    if (pregnant) {
        const int weeks = dice.between(10, 36);
        Condition c = condition(QStringLiteral("pregnancy"), end.addDays(-7 * qint64(weeks)));
        c.amount = weeks;
        plan.conditions << c;
        e.complaint = DemoClinic::tr("Pelvic girdle and low back pain in pregnancy");
        e.onsetDate = std::max(e.onsetDate, c.onsetDate.addDays(21));
        e.openedOn = std::max(e.openedOn, e.onsetDate);
    } else if (radicular) {
        Condition c = condition(QStringLiteral("sciatica"), e.onsetDate);
        c.side = randomSide(dice);
        plan.conditions << c;
        if (dice.chance(50)) {
            Condition disc = condition(QStringLiteral("disc_herniation"), e.onsetDate);
            disc.side = c.side == Condition::Side::Both ? Condition::Side::None : c.side;
            plan.conditions << disc;
        }
        e.complaint = c.side == Condition::Side::Left
                          ? DemoClinic::tr("Low back pain with left leg pain")
                      : c.side == Condition::Side::Right
                          ? DemoClinic::tr("Low back pain with right leg pain")
                          : DemoClinic::tr("Back pain spreading into both legs");
    } else {
        const bool acute = e.onsetDate.daysTo(end) < 42;
        plan.conditions << condition(acute ? QStringLiteral("acute_nonspecific_lbp")
                                           : QStringLiteral("chronic_nonspecific_lbp"),
                                     e.onsetDate);
        e.complaint = dice.pick(QStringList{
            DemoClinic::tr("Low back pain"), DemoClinic::tr("Low back pain after lifting"),
            DemoClinic::tr("Stiff, aching lower back"), DemoClinic::tr("Recurring low back pain")});
    }

    // Lasting conditions began some years before this episode, each on its own day.
    const auto longAgo = [&dice, &end] { return end.addDays(-dice.between(200, 5000)); };
    if (age >= 60 && dice.chance(25))
        plan.conditions << condition(QStringLiteral("lumbar_spinal_stenosis"), longAgo());
    if (age >= 55 && dice.chance(p.sex == Sex::Female ? 30 : 10)) {
        plan.conditions << condition(QStringLiteral("osteoporosis"), longAgo());
        if (dice.chance(30))
            plan.conditions << condition(QStringLiteral("vertebral_fracture_history"),
                                         end.addDays(-dice.between(200, 2000)));
    }
    if (dice.chance(5))
        plan.conditions << condition(QStringLiteral("spondylolisthesis"), QDate());
    if (age < 40 && dice.chance(8))
        plan.conditions << condition(QStringLiteral("hypermobility"), QDate());
    if (age >= 55 && dice.chance(15)) {
        Condition c = condition(QStringLiteral("cardiovascular_precautions"), longAgo());
        c.note = dice.pick(QStringList{DemoClinic::tr("Treated high blood pressure"),
                                       DemoClinic::tr("Stable angina"),
                                       DemoClinic::tr("Heart failure, stable on medication")});
        plan.conditions << c;
    }
    if (!pregnant && dice.chance(5)) {
        Condition c =
            condition(QStringLiteral("recent_surgery"), end.addDays(-dice.between(14, 80)));
        c.note = dice.pick(QStringList{DemoClinic::tr("Lumbar microdiscectomy"),
                                       DemoClinic::tr("Total hip replacement"),
                                       DemoClinic::tr("Laparoscopic hernia repair")});
        plan.conditions << c;
    }
    for (Condition& c : plan.conditions) {
        if (c.onsetDate.isValid() && c.onsetDate > end)
            c.onsetDate = end;
        // A past episode's presenting problem has settled; lasting conditions stay active.
        const bool presenting = c.code == QLatin1String("acute_nonspecific_lbp") ||
                                c.code == QLatin1String("chronic_nonspecific_lbp") ||
                                c.code == QLatin1String("sciatica") ||
                                c.code == QLatin1String("disc_herniation");
        if (!open && presenting)
            c.status = Condition::Status::Resolved;
    }
    return plan;
}

Result<int> nextDemoNumber(Workspace& workspace)
{
    auto numbers = PatientRepository(workspace).clinicNumbersStartingWith(QStringLiteral("DEMO-"));
    if (!numbers)
        return numbers.error();
    int highest = 0;
    for (const QString& number : std::as_const(*numbers))
        highest = std::max(highest, number.mid(5).toInt());
    return highest + 1;
}

// How many visits each patient's episodes get. Without a total, the first
// kPatientsWithVisits patients with an open episode get 8 on it (the small clinic the app
// offers). With a total, it is spread as it goes: each patient about the average still due
// (a half to one and a half times it), or, when there are fewer visits than patients would need
// for a course of 8, a course of 8 for about one patient in so many; the last patient takes what
// is left. A patient's visits go to the latest episode first, at most one every other day of
// its course, the rest to the earlier ones, and what still does not fit to the latest.
class VisitQuota
{
public:
    VisitQuota(std::optional<qint64> total, int patients)
        : m_total(total), m_left(total.value_or(0)), m_patientsLeft(patients)
    {
    }

    QList<int> forPatient(Dice& dice, const QList<EpisodePlan>& plans, const QDate& today,
                          int patientsWithVisitsSoFar)
    {
        QList<int> counts(plans.size(), 0);
        const int patientsLeft = m_patientsLeft--;
        if (plans.isEmpty())
            return counts;
        if (!m_total) {
            if (plans.constLast().episode.isOpen() &&
                patientsWithVisitsSoFar < DemoClinic::kPatientsWithVisits)
                counts.last() = 8;
            return counts;
        }
        if (m_left <= 0)
            return counts;
        qint64 want = 0;
        if (patientsLeft <= 1) {
            want = m_left;
        } else {
            const double average = double(m_left) / patientsLeft;
            if (average >= 4.0)
                want = qint64(std::llround(average * (50 + dice.below(101)) / 100.0));
            else if (dice.below(1000) < int(average / 8.0 * 1000.0))
                want = 8;
        }
        want = std::clamp<qint64>(want, 0, std::min<qint64>(m_left, 100000));
        m_left -= want;
        for (int k = int(plans.size()) - 1; k >= 0 && want > 0; --k) {
            const Episode& e = plans.at(k).episode;
            const QDate last = e.isOpen() ? today.addDays(-1) : e.closedOn;
            const qint64 room = std::max<qint64>(1, e.openedOn.daysTo(last) / 2);
            const int n = int(std::min(want, room));
            counts[k] = n;
            want -= n;
        }
        counts.last() += int(want);
        return counts;
    }

private:
    std::optional<qint64> m_total;
    qint64 m_left = 0;
    int m_patientsLeft = 0;
};

// The demo clinic's rows, in the caller's unit of work: a rerun of the unit starts again here.
Result<DemoClinic::Summary> writeClinic(Workspace& workspace, const DemoClinic::Options& options,
                                        const QDate& today)
{
    Database& db = workspace.db();
    const int count = options.patients;
    const quint32 seed = options.seed;
    auto first = nextDemoNumber(workspace);
    if (!first)
        return first.error();

    BulkRecords records(db, workspace.clock().now(), QStringLiteral("demo clinic"));
    if (auto st = records.start(); !st)
        return st.error();
    Dice dice(seed);
    VisitQuota quota(options.visits, count);
    DemoClinic::Summary summary;
    for (int i = 0; i < count; ++i) {
        if (options.progress && i % 256 == 0 && !options.progress(i, count))
            return Error{QStringLiteral("demo.cancelled"),
                         DemoClinic::tr("Cancelled: no demo patient was written.")};
        Patient p = makePatient(dice, today);
        p.clinicNumber = QStringLiteral("DEMO-%1").arg(*first + i, 6, 10, QLatin1Char('0'));
        auto patientId = records.addPatient(p);
        if (!patientId)
            return patientId.error();
        ++summary.patients;

        // The latest episode first, then earlier ones, each closed some months before the
        // next began; stored oldest first.
        const int episodeCount = 1 + (dice.chance(30) ? 1 : 0) + (dice.chance(10) ? 1 : 0);
        const bool latestOpen = !p.archived && dice.chance(85);
        QList<EpisodePlan> plans;
        QDate end = latestOpen ? today : today.addDays(-dice.between(0, 60));
        for (int k = 0; k < episodeCount; ++k) {
            if (end <= p.dateOfBirth.addYears(18))
                break;
            plans.prepend(planEpisode(dice, p, end, latestOpen && k == 0));
            end = plans.constFirst().episode.onsetDate.addDays(-dice.between(90, 700));
        }
        QList<int> visitCounts = quota.forPatient(dice, plans, today, summary.patientsWithVisits);
        bool withVisits = false;
        for (int k = 0; k < plans.size(); ++k) {
            EpisodePlan& plan = plans[k];
            plan.episode.patientId = *patientId;
            auto episodeId = records.addEpisode(plan.episode);
            if (!episodeId)
                return episodeId.error();
            ++summary.episodes;
            for (Condition& c : plan.conditions) {
                c.episodeId = *episodeId;
                auto conditionId = records.addCondition(c);
                if (!conditionId)
                    return conditionId.error();
                ++summary.conditions;
            }
            if (visitCounts.at(k) == 0)
                continue;
            withVisits = true;
            const QDate last = plan.episode.isOpen() ? today.addDays(-1) : plan.episode.closedOn;
            const qint64 span = std::max<qint64>(0, plan.episode.openedOn.daysTo(last));
            const int n = visitCounts.at(k);
            const int spacing = n <= 1 ? 7 : int(std::clamp<qint64>(span / (n - 1), 1, 7));
            const auto course = planDemoVisits(seed + quint32(i) * 7u + quint32(k), n, last,
                                               spacing, plan.episode.openedOn, {});
            for (const DemoVisit& visit : course) {
                auto visitId =
                    records.addVisit(*patientId, *episodeId, visit.record, visit.record.clinician);
                if (!visitId)
                    return visitId.error();
                ++summary.visits;
                for (MeasureInput m : visit.measures) {
                    m.patientId = *patientId;
                    m.episodeId = *episodeId;
                    m.visitId = *visitId;
                    if (auto id = records.addMeasure(m, visit.record.clinician); !id)
                        return id.error();
                    ++summary.measures;
                }
            }
        }
        if (withVisits)
            ++summary.patientsWithVisits;
    }
    if (auto st = records.finish(); !st)
        return st.error();
    summary.rows = records.rowsWritten();
    if (options.progress && !options.progress(count, count))
        return Error{QStringLiteral("demo.cancelled"),
                     DemoClinic::tr("Cancelled: no demo patient was written.")};
    // One reset per kind, announced after the commit in place of a notice per record.
    for (auto kind :
         {StoreNotifier::Kind::Patient, StoreNotifier::Kind::Episode,
          StoreNotifier::Kind::Condition, StoreNotifier::Kind::Visit, StoreNotifier::Kind::Measure})
        workspace.db().notify(StoreNotice::reset(kind));
    return summary;
}

} // namespace

QList<Patient> DemoClinic::makePatients(int count, quint32 seed, const QDate& today)
{
    Dice dice(seed);
    QList<Patient> patients;
    patients.reserve(count);
    for (int i = 0; i < count; ++i) {
        Patient p = makePatient(dice, today);
        p.clinicNumber = QStringLiteral("DEMO-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        patients.append(p);
    }
    return patients;
}

Result<DemoClinic::Summary> DemoClinic::create(Workspace& workspace, int count, quint32 seed)
{
    Options options;
    options.patients = count;
    options.seed = seed;
    return create(workspace, options);
}

Result<DemoClinic::Summary> DemoClinic::create(Workspace& workspace, const Options& options)
{
    const int count = options.patients;
    if (count < 1 || count > kMaximumPatients)
        return Error{QStringLiteral("demo.count"),
                     tr("The number of demo patients must be between 1 and %1 (not %2).")
                         .arg(kMaximumPatients)
                         .arg(count)};
    if (options.visits && (*options.visits < 0 || *options.visits > kMaximumVisits))
        return Error{QStringLiteral("demo.visits"),
                     tr("The number of demo visits must be between 0 and %1 (not %2).")
                         .arg(kMaximumVisits)
                         .arg(*options.visits)};
    const QDate today = workspace.clock().today();
    Database& db = workspace.db();
    auto made = db.write<Summary>([&] { return writeClinic(workspace, options, today); });
    if (!made)
        return made.error();
    logging::get("patients")
        ->info("demo clinic created: {} patients, {} episodes, {} conditions, {} visits, {} "
               "measures",
               made->patients, made->episodes, made->conditions, made->visits, made->measures);
    return made;
}

} // namespace gradus
