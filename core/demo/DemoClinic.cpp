#include "demo/DemoClinic.h"

#include "Workspace.h"
#include "demo/DemoNames.h"
#include "demo/DemoVisits.h"
#include "log/Logging.h"
#include "model/Condition.h"
#include "model/Episode.h"
#include "patients/SearchFolding.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "storage/UnitOfWork.h"

#include <QRandomGenerator>
#include <QRegularExpression>

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
        Condition c = condition(QStringLiteral("pregnancy"), end.addDays(-7 * weeks));
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
    if (count < 1 || count > kMaximumPatients)
        return Error{QStringLiteral("demo.count"),
                     tr("The number of demo patients must be between 1 and %1 (not %2).")
                         .arg(kMaximumPatients)
                         .arg(count)};
    const QDate today = workspace.clock().today();
    Database& db = workspace.db();
    UnitOfWork tx(db);
    if (!tx.isActive())
        return tx.begun().error();
    auto first = nextDemoNumber(workspace);
    if (!first)
        return first.error();

    PatientRepository patients(workspace);
    EpisodeRepository episodes(workspace);
    ConditionRepository conditions(workspace);
    Dice dice(seed);
    Summary summary;
    for (int i = 0; i < count; ++i) {
        Patient p = makePatient(dice, today);
        p.clinicNumber = QStringLiteral("DEMO-%1").arg(*first + i, 6, 10, QLatin1Char('0'));
        auto patientId = patients.add(p);
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
        for (EpisodePlan& plan : plans) {
            plan.episode.patientId = *patientId;
            const bool withVisits =
                plan.episode.isOpen() && summary.patientsWithVisits < kPatientsWithVisits;
            auto episodeId = episodes.add(plan.episode);
            if (!episodeId)
                return episodeId.error();
            ++summary.episodes;
            for (Condition& c : plan.conditions) {
                c.episodeId = *episodeId;
                auto conditionId = conditions.add(c);
                if (!conditionId)
                    return conditionId.error();
                ++summary.conditions;
            }
            // Visits and measures make the progress charts worth opening; up to 150
            // patients are enough, and keep a 100,000-patient clinic quick to create.
            if (withVisits) {
                if (auto st = writeDemoVisits(workspace, *patientId, seed + i, 8); !st)
                    return st.error();
                ++summary.patientsWithVisits;
            }
        }
    }
    // One reset per kind, announced after the commit in place of a notice per record.
    for (auto kind :
         {StoreNotifier::Kind::Patient, StoreNotifier::Kind::Episode,
          StoreNotifier::Kind::Condition, StoreNotifier::Kind::Visit, StoreNotifier::Kind::Measure})
        workspace.db().notify(StoreNotice::reset(kind));
    if (auto st = tx.commit(); !st)
        return st.error();
    logging::get("patients")
        ->info("demo clinic created: {} patients, {} episodes, {} conditions", summary.patients,
               summary.episodes, summary.conditions);
    return summary;
}

} // namespace gradus
