#pragma once

#include "outcomes/Instrument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// Answers by item (or section) number: element 0 is item 1. An empty optional is an
// unanswered item, written `x` in lists; only ODI allows those.
using MeasureAnswers = QList<std::optional<int>>;

// A scored questionnaire. `score` is the headline number each instrument reports: ODI
// percentage (one decimal), RMDQ count, STarT Back total, PSFS mean, TSK-17 total.
struct MeasureScore
{
    Instrument instrument = Instrument::Odi;
    double score = 0;
    // Sum of the item scores as the instrument counts them (ODI raw sum, STarT total, TSK
    // total after reversal, PSFS sum of ratings).
    int total = 0;
    // STarT Back psychosocial subscale (items 5-9).
    std::optional<int> subscale;
    // Band or group code: ODI minimal/moderate/severe/crippled/bedbound; STarT Back
    // low/medium/high; TSK-17 high/not_high; empty for RMDQ and PSFS.
    QString band;
    int answered = 0;
    int missing = 0;
    QStringList warnings;
};

// Pure scoring exactly as CLINICAL.md section 2 states it. No storage, no UI: the CLI's
// `score` command, the forms and the repositories all call these.
class OutcomeScoring
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeScoring)

public:
    // Parses a comma-separated list ("3,2,x,1,...") and checks the number of items and each
    // answer's range for the instrument. Messages name the item and the allowed values.
    static Result<MeasureAnswers> parseAnswers(Instrument instrument, const QString& list);
    // The inverse of parseAnswers: the canonical stored form.
    static QString formatAnswers(const MeasureAnswers& answers);

    // Checks and scores answers for any instrument.
    static Result<MeasureScore> score(Instrument instrument, const MeasureAnswers& answers);
    static Result<MeasureScore> score(Instrument instrument, const QString& list);

    // ODI v2.1a: 10 sections 0-5; score = sum / (5 x sections answered) x 100, rounded half
    // up to one decimal; a warning when 3 or more sections are unanswered.
    static Result<MeasureScore> scoreOdi(const MeasureAnswers& sections);
    // RMDQ-24: number of statements ticked (0-24).
    static Result<MeasureScore> scoreRmdq(const MeasureAnswers& items);
    // STarT Back: items 1-8 agree = 1; item 9 (1-5) scores 1 only for 4 "very much" or
    // 5 "extremely"; total 0-9, psychosocial subscale items 5-9; low/medium/high.
    static Result<MeasureScore> scoreStartBack(const MeasureAnswers& items);
    // PSFS: 3-5 ratings 0-10; score = mean.
    static Result<MeasureScore> scorePsfs(const MeasureAnswers& ratings);
    // TSK-17: 1-4 per item, items 4, 8, 12 and 16 reversed (5 - answer); total 17-68;
    // above 37 is high fear of movement.
    static Result<MeasureScore> scoreTsk(const MeasureAnswers& items);

    // Bands and groups as CLINICAL.md gives them, for a computed score.
    static QString odiBand(double percent);
    static QString startBackRisk(int total, int subscale);
    static bool tskHighFear(int total) { return total > kTskHighFearAbove; }

    // "moderate disability", "high risk", "high fear of movement", for a band code.
    static QString bandLabel(Instrument instrument, const QString& band);
    // The same in a word or two, for narrow tables ("moderate", "high risk", "high fear").
    static QString bandShortLabel(Instrument instrument, const QString& band);
    // The score as a clinician reads it: "32.0%", "7 / 24", "4 (subscale 2)", "6.3", "41".
    static QString formatScore(const MeasureScore& score);
    static QString formatValue(Instrument instrument, double value);

    static constexpr int kOdiMissingWarningAt = 3;
    static constexpr int kTskHighFearAbove = 37;
};

} // namespace gradus
