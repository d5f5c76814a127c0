#include "pacing/ReviewEngine.h"

#include "i18n/LocaleFormat.h"
#include "settings/ClinicSettings.h"

#include <QLocale>

#include <algorithm>

namespace gradus {
namespace {

using K = ClinicSettings::Key;

QString painText(int pain)
{
    return QStringLiteral("%1/10").arg(pain);
}

// "18 Nov 2026" when the day has a date, "day 3" otherwise.
QString dayName(const ReviewData& data, int index)
{
    const QDate date = data.days.at(index).date;
    return date.isValid() ? LocaleFormat::date(date) : ReviewEngine::tr("day %1").arg(index + 1);
}

QString dayList(const ReviewData& data, const QList<int>& indices)
{
    QStringList names;
    for (int i : indices)
        names << dayName(data, i);
    return names.join(QStringLiteral(", "));
}

QString dayCount(int n)
{
    return ReviewEngine::tr("%n day(s)", nullptr, n);
}

bool inRange(int value, K key)
{
    const auto& def = ClinicSettings::definition(key);
    return value >= def.minimum.toInt() && value <= def.maximum.toInt();
}

QString sourcePainMonitoring()
{
    return ReviewEngine::tr("Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring "
                            "model, extrapolated); CLINICAL.md section 3");
}

// What a day did wrong, if anything: pain above the band, or not settled by next morning.
struct DayCheck
{
    bool painTooHigh = false;
    bool notSettled = false;
    bool bad() const { return painTooHigh || notSettled; }
};

} // namespace

ReviewThresholds ReviewThresholds::fromSettings(const ClinicSettings& settings)
{
    ReviewThresholds t;
    t.painSafeMax = settings.intValue(K::PainSafeMax);
    t.painAcceptableMax = settings.intValue(K::PainAcceptableMax);
    t.badDaysInRow = settings.intValue(K::PacingRegressBadDays);
    t.regressPercent = settings.intValue(K::PacingRegressPercent);
    return t;
}

Status ReviewThresholds::validate() const
{
    const auto bad = [](const QString& message) {
        return Error{QStringLiteral("pacing.thresholds"), message};
    };
    const auto range = [](K key) {
        const auto& def = ClinicSettings::definition(key);
        return QStringLiteral("%1-%2").arg(def.minimum.toInt()).arg(def.maximum.toInt());
    };
    if (!inRange(painSafeMax, K::PainSafeMax))
        return bad(tr("The safe pain limit must be %1, not %2.")
                       .arg(range(K::PainSafeMax))
                       .arg(painSafeMax));
    if (!inRange(painAcceptableMax, K::PainAcceptableMax))
        return bad(tr("The acceptable pain limit must be %1, not %2.")
                       .arg(range(K::PainAcceptableMax))
                       .arg(painAcceptableMax));
    if (painSafeMax > painAcceptableMax)
        return bad(tr("The safe pain limit (%1) cannot be above the acceptable limit (%2).")
                       .arg(painSafeMax)
                       .arg(painAcceptableMax));
    if (!inRange(badDaysInRow, K::PacingRegressBadDays))
        return bad(tr("Bad days in a row before a regression must be %1, not %2.")
                       .arg(range(K::PacingRegressBadDays))
                       .arg(badDaysInRow));
    if (!inRange(regressPercent, K::PacingRegressPercent))
        return bad(tr("A regression must step back %1%, not %2%.")
                       .arg(range(K::PacingRegressPercent))
                       .arg(regressPercent));
    return {};
}

PainBand ReviewEngine::bandOf(int exercisePain) const
{
    if (exercisePain <= m_thresholds.painSafeMax)
        return PainBand::Safe;
    if (exercisePain <= m_thresholds.painAcceptableMax)
        return PainBand::Acceptable;
    return PainBand::TooHigh;
}

Result<ReviewDecision> ReviewEngine::evaluate(const ReviewData& data) const
{
    if (auto st = m_thresholds.validate(); !st)
        return st.error();
    if (auto st = data.validate(); !st)
        return st.error();

    ReviewDecision decision;
    const QList<ReviewFinding> all = findings(data);
    decision.outcome = std::max_element(all.begin(), all.end(),
                                        [](const ReviewFinding& a, const ReviewFinding& b) {
                                            return a.outcome < b.outcome;
                                        })
                           ->outcome;
    for (const ReviewFinding& f : all)
        (f.outcome == decision.outcome ? decision.reasons : decision.alsoNoted) << f;

    std::optional<int> highest;
    for (const ReviewDay& day : data.days)
        if (day.exercisePain)
            highest = std::max(highest.value_or(0), *day.exercisePain);
    decision.painBand = highest ? bandOf(*highest) : PainBand::NotRecorded;
    propose(data, decision);
    return decision;
}

ReviewDecision ReviewEngine::proposalFor(const ReviewData& data, ReviewOutcome outcome) const
{
    ReviewDecision decision;
    decision.outcome = outcome;
    propose(data, decision);
    return decision;
}

QList<ReviewFinding> ReviewEngine::findings(const ReviewData& data) const
{
    const ReviewThresholds& t = m_thresholds;
    QList<ReviewFinding> out;

    // Stop and refer: any red flag, whatever else was recorded (CLINICAL.md 1).
    if (data.redFlag) {
        ReviewFinding f{QStringLiteral("stop.red_flag"),
                        ReviewOutcome::StopAndRefer,
                        tr("A red flag was recorded. Stop the programme until the patient has "
                           "been referred or the finding discussed, as the red-flag screen "
                           "advises."),
                        {{tr("Red flag"), tr("recorded")}},
                        tr("CLINICAL.md sections 1 and 3; NHS CKS; IFOMPT framework (Finucane "
                           "et al. 2020, JOSPT 50:350)")};
        if (!data.redFlagDetail.isEmpty())
            f.data << ReviewFact{tr("Finding"), data.redFlagDetail};
        out << f;
    }

    // Regress: new neurological signs and peripheralising symptoms.
    if (data.newNeurologicalSign) {
        ReviewFinding f{QStringLiteral("regress.new_neurological_sign"),
                        ReviewOutcome::Regress,
                        tr("A new neurological sign was found (such as new weakness, numbness "
                           "or a changed reflex). Step back and reassess before going on."),
                        {{tr("New neurological sign"), tr("yes")}},
                        tr("CLINICAL.md section 3 (convention)")};
        if (!data.neurologicalDetail.isEmpty())
            f.data << ReviewFact{tr("Finding"), data.neurologicalDetail};
        out << f;
    }
    if (data.legSymptoms == LegSymptoms::Peripheralising)
        out << ReviewFinding{QStringLiteral("regress.peripheralising"),
                             ReviewOutcome::Regress,
                             tr("Leg symptoms spread further down the leg since the last review "
                                "(peripheralising). Step back to a level that does not provoke "
                                "them."),
                             {{tr("Leg symptoms"), legSymptoms::name(data.legSymptoms)}},
                             tr("CLINICAL.md sections 3 and 4 (convention)")};

    // Bad days: pain above the acceptable band, or not settled to baseline by next morning.
    QList<DayCheck> checks;
    for (const ReviewDay& day : data.days) {
        DayCheck c;
        c.painTooHigh = day.exercisePain && *day.exercisePain > t.painAcceptableMax;
        c.notSettled =
            day.nextMorningPain && data.baselinePain && *day.nextMorningPain > *data.baselinePain;
        checks << c;
    }
    QList<int> run, longestRun;
    for (int i = 0; i < checks.size(); ++i) {
        if (checks[i].bad())
            run << i;
        else
            run.clear();
        if (run.size() > longestRun.size())
            longestRun = run;
    }
    const auto dayFacts = [&](const QList<int>& indices) {
        QList<ReviewFact> facts;
        for (int i : indices) {
            const ReviewDay& d = data.days[i];
            QStringList parts;
            if (d.exercisePain)
                parts << tr("pain during exercise %1").arg(painText(*d.exercisePain));
            if (d.nextMorningPain)
                parts << tr("next morning %1").arg(painText(*d.nextMorningPain));
            facts << ReviewFact{dayName(data, i), parts.join(QStringLiteral("; "))};
        }
        return facts;
    };
    const QList<ReviewFact> limits = {
        {tr("Acceptable pain during exercise"), tr("up to %1").arg(painText(t.painAcceptableMax))},
        {tr("Baseline pain"),
         data.baselinePain ? painText(*data.baselinePain) : tr("not recorded")},
    };

    if (longestRun.size() >= t.badDaysInRow) {
        ReviewFinding f{QStringLiteral("regress.bad_days_in_row"), ReviewOutcome::Regress,
                        tr("%1 in a row were bad: pain during exercise went above %2, or had not "
                           "settled to baseline by the next morning. %3 in a row call for a "
                           "step back.")
                            .arg(dayCount(static_cast<int>(longestRun.size())),
                                 painText(t.painAcceptableMax), dayCount(t.badDaysInRow)),
                        dayFacts(longestRun) + limits,
                        sourcePainMonitoring() +
                            tr("; %1 in a row: convention").arg(dayCount(t.badDaysInRow))};
        out << f;
    } else {
        QList<int> tooHigh, notSettled;
        for (int i = 0; i < checks.size(); ++i) {
            if (checks[i].painTooHigh)
                tooHigh << i;
            if (checks[i].notSettled)
                notSettled << i;
        }
        if (!tooHigh.isEmpty())
            out << ReviewFinding{QStringLiteral("hold.exercise_pain"), ReviewOutcome::Hold,
                                 tr("Pain during exercise went above the acceptable band on %1 "
                                    "(%2), but not on %3 in a row. Stay at this step.")
                                     .arg(dayCount(static_cast<int>(tooHigh.size())),
                                          dayList(data, tooHigh), dayCount(t.badDaysInRow)),
                                 dayFacts(tooHigh) + limits.mid(0, 1), sourcePainMonitoring()};
        if (!notSettled.isEmpty())
            out << ReviewFinding{QStringLiteral("hold.not_settled"), ReviewOutcome::Hold,
                                 tr("Pain had not settled to the baseline by the next morning on "
                                    "%1 (%2), but not on %3 in a row. Stay at this step.")
                                     .arg(dayCount(static_cast<int>(notSettled.size())),
                                          dayList(data, notSettled), dayCount(t.badDaysInRow)),
                                 dayFacts(notSettled) + limits.mid(1, 1), sourcePainMonitoring()};
    }

    // Hold: usual pain rose week on week.
    if (data.previousWeekPain && data.thisWeekPain && *data.thisWeekPain > *data.previousWeekPain)
        out << ReviewFinding{
            QStringLiteral("hold.pain_rising"),
            ReviewOutcome::Hold,
            tr("Usual pain rose over the week, from %1 to %2. Pain should not "
               "rise week on week; stay at this step.")
                .arg(painText(*data.previousWeekPain), painText(*data.thisWeekPain)),
            {{tr("Pain over the week before"), painText(*data.previousWeekPain)},
             {tr("Pain over the last week"), painText(*data.thisWeekPain)}},
            sourcePainMonitoring()};

    // Hold: the quota was not done. Graded activity is time-contingent: the quota is set in
    // advance and the next step only comes once it is done.
    QList<int> missed;
    for (int i = 0; i < data.days.size(); ++i)
        if (data.days[i].quotaMet == false)
            missed << i;
    if (!missed.isEmpty())
        out << ReviewFinding{
            QStringLiteral("hold.quota_not_met"),
            ReviewOutcome::Hold,
            tr("The quota was not done on %1 of %2 (%3). Move on only once the "
               "current quota is done.")
                .arg(missed.size())
                .arg(dayCount(static_cast<int>(data.days.size())), dayList(data, missed)),
            {{tr("Days the quota was done"),
              tr("%1 of %2").arg(data.days.size() - missed.size()).arg(data.days.size())}},
            tr("Graded activity (Fordyce; time-contingent quotas); CLINICAL.md "
               "section 3")};

    // Hold: a criterion for progress could not be checked. Progress needs evidence for each.
    QStringList missing;
    if (data.days.isEmpty()) {
        missing << tr("any day of the diary");
    } else {
        if (std::any_of(data.days.begin(), data.days.end(),
                        [](const ReviewDay& d) { return !d.quotaMet; }))
            missing << tr("whether the quota was done, on some days");
        if (std::any_of(data.days.begin(), data.days.end(),
                        [](const ReviewDay& d) { return !d.exercisePain; }))
            missing << tr("pain during exercise, on some days");
        if (std::none_of(data.days.begin(), data.days.end(),
                         [](const ReviewDay& d) { return d.nextMorningPain.has_value(); }))
            missing << tr("next-morning pain");
    }
    if (!data.baselinePain)
        missing << tr("baseline pain");
    if (!data.previousWeekPain || !data.thisWeekPain)
        missing << tr("usual pain over this week and the week before");
    // Facts the caller could not find in the record (the visits work names them).
    missing << data.notRecorded;
    if (!missing.isEmpty())
        out << ReviewFinding{QStringLiteral("hold.incomplete_data"),
                             ReviewOutcome::Hold,
                             tr("Progress needs evidence for every criterion, and some was not "
                                "recorded. Stay at this step until it is."),
                             {{tr("Not recorded"), missing.join(QStringLiteral("; "))}},
                             tr("CLINICAL.md section 3")};

    // Nothing stands in the way (and every criterion had data, or incomplete_data fired).
    if (out.isEmpty()) {
        int highest = 0;
        int worstMorning = 0;
        for (const ReviewDay& d : data.days) {
            highest = std::max(highest, d.exercisePain.value_or(0));
            worstMorning = std::max(worstMorning, d.nextMorningPain.value_or(0));
        }
        const QString band = bandOf(highest) == PainBand::Safe
                                 ? tr("the safe band (0 to %1)").arg(t.painSafeMax)
                                 : tr("the acceptable band (up to %1; above %2 is worth watching)")
                                       .arg(painText(t.painAcceptableMax))
                                       .arg(t.painSafeMax);
        QList<ReviewFact> facts = {
            {tr("Days the quota was done"), tr("%1 of %1").arg(data.days.size())},
            {tr("Highest pain during exercise"), painText(highest)},
            {tr("Worst next-morning pain"),
             tr("%1 (baseline %2)").arg(painText(worstMorning), painText(*data.baselinePain))},
            {tr("Usual pain, week before and last week"),
             tr("%1, then %2").arg(painText(*data.previousWeekPain), painText(*data.thisWeekPain))},
        };
        if (data.legSymptoms != LegSymptoms::NotRecorded)
            facts << ReviewFact{tr("Leg symptoms"), legSymptoms::name(data.legSymptoms)};
        out.prepend(ReviewFinding{
            QStringLiteral("progress.criteria_met"), ReviewOutcome::Progress,
            tr("Every criterion for progress is met: the quota was done on all %1, pain during "
               "exercise stayed within %2, pain had settled to baseline by each next morning, "
               "and usual pain did not rise over the week.")
                .arg(dayCount(static_cast<int>(data.days.size())), band),
            facts, sourcePainMonitoring()});
    }
    return out;
}

void ReviewEngine::propose(const ReviewData& data, ReviewDecision& decision) const
{
    if (decision.outcome == ReviewOutcome::StopAndRefer) {
        decision.proposal = tr("Stop the programme and refer or discuss, as the red-flag screen "
                               "advises. Do not progress or restart it until that is done.");
        return;
    }
    if (!data.step) {
        switch (decision.outcome) {
        case ReviewOutcome::Progress:
            decision.proposal = tr("Move on to the next step of the plan.");
            break;
        case ReviewOutcome::Hold:
            decision.proposal = tr("Stay at the current step until the next review.");
            break;
        case ReviewOutcome::Regress:
            decision.proposal = tr("Go back to the last step that was tolerated, or about %1% "
                                   "less than now.")
                                    .arg(m_thresholds.regressPercent);
            break;
        case ReviewOutcome::StopAndRefer:
            break;
        }
        return;
    }

    const ReviewStep& s = *data.step;
    const auto amount = [&s](int quota) { return pacingUnit::format(s.unit, quota); };
    switch (decision.outcome) {
    case ReviewOutcome::Progress:
        if (!s.next) {
            decision.proposedQuota = s.current;
            decision.proposedWeek = s.week;
            decision.proposal = tr("The goal of %1 a day is reached: keep it up, or move on to "
                                   "the exercise's progression.")
                                    .arg(amount(s.current));
        } else {
            decision.proposedQuota = *s.next;
            decision.proposedWeek = s.nextWeek;
            const QString what = s.nextWeek ? tr("Move on to week %1 of the plan: %2 a day")
                                                  .arg(*s.nextWeek)
                                                  .arg(amount(*s.next))
                                            : tr("Move on to %1 a day").arg(amount(*s.next));
            decision.proposal =
                *s.next == s.current
                    ? tr("%1 (the same as now: the plan repeats this quota).").arg(what)
                    : what + u'.';
        }
        break;
    case ReviewOutcome::Hold:
        decision.proposedQuota = s.current;
        decision.proposedWeek = s.week;
        decision.proposal = tr("Stay at %1 a day until the next review.").arg(amount(s.current));
        break;
    case ReviewOutcome::Regress: {
        if (s.lastTolerated) {
            decision.proposedQuota = *s.lastTolerated;
            decision.proposedWeek = s.lastToleratedWeek;
            decision.proposal = s.lastToleratedWeek
                                    ? tr("Go back to %1 a day, the last step tolerated (week %2).")
                                          .arg(amount(*s.lastTolerated))
                                          .arg(*s.lastToleratedWeek)
                                    : tr("Go back to %1 a day, the last step tolerated.")
                                          .arg(amount(*s.lastTolerated));
            break;
        }
        // No tolerated step is known: cut by the set percentage, rounded down to a whole step
        // (a regression must not round back up to where the trouble was).
        const int step = pacingUnit::step(s.unit);
        const int reduced = s.current * (100 - m_thresholds.regressPercent) / 100 / step * step;
        if (reduced < step) {
            decision.proposedQuota = s.current;
            decision.proposedWeek = s.week;
            decision.proposal = tr("%1 is already the smallest step: keep it, and consider an "
                                   "easier version of the exercise (its regression).")
                                    .arg(amount(s.current));
        } else {
            decision.proposedQuota = reduced;
            decision.proposal = tr("Go back to %1 a day (%2% less than %3, rounded down).")
                                    .arg(amount(reduced))
                                    .arg(m_thresholds.regressPercent)
                                    .arg(amount(s.current));
        }
        break;
    }
    case ReviewOutcome::StopAndRefer:
        break;
    }
}

} // namespace gradus
