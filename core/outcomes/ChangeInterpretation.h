#pragma once

#include "outcomes/Instrument.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace gradus {

// What counts as a clinically important change for one measure (CLINICAL.md section 2).
// An important change is reached when the change reaches `points` OR `percent` of the
// baseline, whichever comes first; `percent` is absent where the literature gives points only.
struct ChangeRule
{
    // False for measures without a published threshold (STarT Back, activity minutes):
    // the change is shown but not judged.
    bool hasThreshold = true;
    double points = 0;
    std::optional<double> percent;
    bool lowerIsBetter = true;
    // "Recovered" where the measure defines it: the latest value at or below this
    // (NPRS 0, Kamper 2010; RMDQ <= 2).
    std::optional<double> recoveredAtOrBelow;
    // Where the rule comes from, shown beside the verdict.
    QString source;
};

// Baseline-to-latest change for one measure and what it means.
struct Change
{
    enum class Verdict
    {
        NoFollowUp,           // only one value so far
        NotJudged,            // no published threshold; the change is shown as is
        ImportantImprovement, // reached the threshold in the better direction
        ImportantWorsening,   // reached the threshold in the worse direction
        BelowThreshold,       // changed less than the threshold either way
    };

    QString key;   // "nprs", "odi", "psfs", "psfs:2", "activity", ...
    QString label; // "Pain now (NPRS 0-10)", "ODI", ...
    double baseline = 0;
    double latest = 0;
    QDate baselineDate;
    QDate latestDate;
    int count = 0; // values between baseline and latest, both included
    ChangeRule rule;
    Verdict verdict = Verdict::NoFollowUp;
    // latest - baseline, in the measure's own units.
    double change() const { return latest - baseline; }
    // Change in the better direction (positive = better), in points.
    double improvement() const
    {
        return rule.lowerIsBetter ? baseline - latest : latest - baseline;
    }
    // improvement() as a percentage of the baseline; absent when the baseline is 0.
    std::optional<double> improvementPercent() const;
    // Set when the measure defines recovery.
    std::optional<bool> recovered;
    // Band or risk group codes at baseline and latest, where the instrument has them.
    QString baselineBand;
    QString latestBand;
};

class ChangeInterpretation
{
    Q_DECLARE_TR_FUNCTIONS(ChangeInterpretation)

public:
    static ChangeRule nprsRule();
    static ChangeRule ruleFor(Instrument instrument);
    // PSFS: one activity needs 3 points (the mean needs 2).
    static ChangeRule psfsActivityRule();
    // Activity minutes: no published threshold; shown, not judged.
    static ChangeRule activityRule();

    // Judges the change from `baseline` to `latest` with `rule`. With count < 2 the verdict
    // is NoFollowUp.
    static Change interpret(const ChangeRule& rule, double baseline, double latest, int count = 2);

    // The value a patient has to reach from `baseline` for the change to be clinically
    // important (the nearer of the points and percentage thresholds), clamped to [low,
    // high]; absent when the rule has no threshold. Charts draw it as a line.
    static std::optional<double> importantLevel(const ChangeRule& rule, double baseline, double low,
                                                double high);

    // "Improved", "Worse", "Below threshold", ...
    static QString verdictLabel(const Change& change);
    // "10 points or 30%", "2 points", for tables and chart legends.
    static QString thresholdText(const ChangeRule& rule);
    // One sentence: "Improved by 4 points (57%): clinically important. Recovered."
    static QString summary(const Change& change);
};

} // namespace gradus
