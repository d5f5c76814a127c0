#include "outcomes/OutcomeScoring.h"

#include <QLocale>

namespace gradus {
namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("score.invalid"), message};
}

// Every answer present and within the instrument's range for its item.
Status checkItems(Instrument instrument, const MeasureAnswers& answers, bool allowMissing)
{
    for (int i = 0; i < answers.size(); ++i) {
        const int item = i + 1;
        if (!answers[i]) {
            if (!allowMissing)
                return invalid(OutcomeScoring::tr("%1 item %2 is unanswered; every item needs "
                                                  "an answer.")
                                   .arg(Instruments::shortName(instrument))
                                   .arg(item));
            continue;
        }
        const auto [low, high] = Instruments::itemRange(instrument, item);
        const int value = *answers[i];
        if (value < low || value > high)
            return invalid(OutcomeScoring::tr("%1 %2 %3 is %4; it must be from %5 to %6.")
                               .arg(Instruments::shortName(instrument),
                                    instrument == Instrument::Odi ? OutcomeScoring::tr("section")
                                    : instrument == Instrument::Psfs
                                        ? OutcomeScoring::tr("activity")
                                        : OutcomeScoring::tr("item"))
                               .arg(item)
                               .arg(value)
                               .arg(low)
                               .arg(high));
    }
    return {};
}

Status checkCount(Instrument instrument, const MeasureAnswers& answers)
{
    if (instrument == Instrument::Psfs) {
        if (answers.size() < 3 || answers.size() > 5)
            return invalid(OutcomeScoring::tr("PSFS needs 3 to 5 activity ratings; %1 given.")
                               .arg(answers.size()));
        return {};
    }
    const int expected = Instruments::itemCount(instrument);
    if (answers.size() != expected)
        return invalid(OutcomeScoring::tr("%1 needs %2 answers; %3 given.")
                           .arg(Instruments::shortName(instrument))
                           .arg(expected)
                           .arg(answers.size()));
    return {};
}

int sumPresent(const MeasureAnswers& answers)
{
    int sum = 0;
    for (const auto& a : answers)
        sum += a.value_or(0);
    return sum;
}

} // namespace

Result<MeasureAnswers> OutcomeScoring::parseAnswers(Instrument instrument, const QString& list)
{
    const QString trimmed = list.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("No answers given for %1.").arg(Instruments::shortName(instrument)));
    MeasureAnswers answers;
    const QStringList parts = trimmed.split(u',');
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        if (part.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0) {
            answers.append(std::nullopt);
            continue;
        }
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok)
            return invalid(tr("Answer %1 of %2 is '%3'; answers are whole numbers%4.")
                               .arg(i + 1)
                               .arg(Instruments::shortName(instrument), part,
                                    instrument == Instrument::Odi
                                        ? tr(", or x for an unanswered section")
                                        : QString()));
        answers.append(value);
    }
    if (auto st = checkCount(instrument, answers); !st)
        return st.error();
    if (auto st = checkItems(instrument, answers, instrument == Instrument::Odi); !st)
        return st.error();
    return answers;
}

QString OutcomeScoring::formatAnswers(const MeasureAnswers& answers)
{
    QStringList parts;
    parts.reserve(answers.size());
    for (const auto& a : answers)
        parts << (a ? QString::number(*a) : QStringLiteral("x"));
    return parts.join(u',');
}

Result<MeasureScore> OutcomeScoring::score(Instrument instrument, const MeasureAnswers& answers)
{
    switch (instrument) {
    case Instrument::Odi:
        return scoreOdi(answers);
    case Instrument::Rmdq:
        return scoreRmdq(answers);
    case Instrument::StartBack:
        return scoreStartBack(answers);
    case Instrument::Psfs:
        return scorePsfs(answers);
    case Instrument::Tsk:
        return scoreTsk(answers);
    }
    Q_UNREACHABLE();
}

Result<MeasureScore> OutcomeScoring::score(Instrument instrument, const QString& list)
{
    auto answers = parseAnswers(instrument, list);
    if (!answers)
        return answers.error();
    return score(instrument, *answers);
}

Result<MeasureScore> OutcomeScoring::scoreOdi(const MeasureAnswers& sections)
{
    if (auto st = checkCount(Instrument::Odi, sections); !st)
        return st.error();
    if (auto st = checkItems(Instrument::Odi, sections, true); !st)
        return st.error();
    MeasureScore s;
    s.instrument = Instrument::Odi;
    for (const auto& a : sections)
        a ? ++s.answered : ++s.missing;
    if (s.answered == 0)
        return invalid(tr("No ODI section is answered, so the index cannot be calculated."));
    s.total = sumPresent(sections);
    // sum / (5 n) x 100 in tenths is sum x 200 / n; integer arithmetic rounds half up
    // exactly, where floating point would turn 12.25 into 12.2 on some inputs.
    const int n = s.answered;
    const int tenths = (2 * s.total * 200 + n) / (2 * n);
    s.score = tenths / 10.0;
    s.band = odiBand(s.score);
    if (s.missing >= kOdiMissingWarningAt)
        s.warnings << tr("%1 of 10 ODI sections are unanswered; interpret the index with "
                         "caution.")
                          .arg(s.missing);
    return s;
}

Result<MeasureScore> OutcomeScoring::scoreRmdq(const MeasureAnswers& items)
{
    if (auto st = checkCount(Instrument::Rmdq, items); !st)
        return st.error();
    if (auto st = checkItems(Instrument::Rmdq, items, false); !st)
        return st.error();
    MeasureScore s;
    s.instrument = Instrument::Rmdq;
    s.answered = int(items.size());
    s.total = sumPresent(items);
    s.score = s.total;
    return s;
}

Result<MeasureScore> OutcomeScoring::scoreStartBack(const MeasureAnswers& items)
{
    if (auto st = checkCount(Instrument::StartBack, items); !st)
        return st.error();
    if (auto st = checkItems(Instrument::StartBack, items, false); !st)
        return st.error();
    MeasureScore s;
    s.instrument = Instrument::StartBack;
    s.answered = int(items.size());
    int total = 0;
    int subscale = 0;
    for (int item = 1; item <= 9; ++item) {
        const int answer = *items[item - 1];
        // Item 9 counts only "very much" (4) or "extremely" (5).
        const int points = item == 9 ? (answer >= 4 ? 1 : 0) : answer;
        total += points;
        if (item >= 5)
            subscale += points;
    }
    s.total = total;
    s.subscale = subscale;
    s.score = total;
    s.band = startBackRisk(total, subscale);
    return s;
}

Result<MeasureScore> OutcomeScoring::scorePsfs(const MeasureAnswers& ratings)
{
    if (auto st = checkCount(Instrument::Psfs, ratings); !st)
        return st.error();
    if (auto st = checkItems(Instrument::Psfs, ratings, false); !st)
        return st.error();
    MeasureScore s;
    s.instrument = Instrument::Psfs;
    s.answered = int(ratings.size());
    s.total = sumPresent(ratings);
    s.score = double(s.total) / s.answered;
    return s;
}

Result<MeasureScore> OutcomeScoring::scoreTsk(const MeasureAnswers& items)
{
    if (auto st = checkCount(Instrument::Tsk, items); !st)
        return st.error();
    if (auto st = checkItems(Instrument::Tsk, items, false); !st)
        return st.error();
    MeasureScore s;
    s.instrument = Instrument::Tsk;
    s.answered = int(items.size());
    int total = 0;
    for (int item = 1; item <= 17; ++item) {
        const int answer = *items[item - 1];
        const bool reversed = item == 4 || item == 8 || item == 12 || item == 16;
        total += reversed ? 5 - answer : answer;
    }
    s.total = total;
    s.score = total;
    s.band = tskHighFear(total) ? QStringLiteral("high") : QStringLiteral("not_high");
    return s;
}

QString OutcomeScoring::odiBand(double percent)
{
    // Published bands are whole percentages (0-20, 21-40, ...). A one-decimal ODI never
    // falls strictly between 20 and 21 (that would need sum / n between 1 and 1.05 with
    // n <= 10), so "up to 20" and "21 or more" leave no gap.
    if (percent <= 20.0)
        return QStringLiteral("minimal");
    if (percent <= 40.0)
        return QStringLiteral("moderate");
    if (percent <= 60.0)
        return QStringLiteral("severe");
    if (percent <= 80.0)
        return QStringLiteral("crippled");
    return QStringLiteral("bedbound");
}

QString OutcomeScoring::startBackRisk(int total, int subscale)
{
    if (total <= 3)
        return QStringLiteral("low");
    if (subscale <= 3)
        return QStringLiteral("medium");
    return QStringLiteral("high");
}

QString OutcomeScoring::bandLabel(Instrument instrument, const QString& band)
{
    switch (instrument) {
    case Instrument::Odi:
        if (band == QLatin1String("minimal"))
            return tr("minimal disability");
        if (band == QLatin1String("moderate"))
            return tr("moderate disability");
        if (band == QLatin1String("severe"))
            return tr("severe disability");
        if (band == QLatin1String("crippled"))
            return tr("crippled");
        if (band == QLatin1String("bedbound"))
            return tr("bed-bound");
        break;
    case Instrument::StartBack:
        if (band == QLatin1String("low"))
            return tr("low risk");
        if (band == QLatin1String("medium"))
            return tr("medium risk");
        if (band == QLatin1String("high"))
            return tr("high risk");
        break;
    case Instrument::Tsk:
        if (band == QLatin1String("high"))
            return tr("high fear of movement");
        if (band == QLatin1String("not_high"))
            return tr("not high");
        break;
    case Instrument::Rmdq:
    case Instrument::Psfs:
        break;
    }
    return QString();
}

QString OutcomeScoring::bandShortLabel(Instrument instrument, const QString& band)
{
    if (instrument == Instrument::Odi) {
        if (band == QLatin1String("minimal"))
            return tr("minimal");
        if (band == QLatin1String("moderate"))
            return tr("moderate");
        if (band == QLatin1String("severe"))
            return tr("severe");
    }
    if (instrument == Instrument::Tsk && band == QLatin1String("high"))
        return tr("high fear");
    return bandLabel(instrument, band);
}

QString OutcomeScoring::formatValue(Instrument instrument, double value)
{
    switch (instrument) {
    case Instrument::Odi:
        return tr("%1%").arg(QLocale().toString(value, 'f', 1));
    case Instrument::Psfs:
        return QLocale().toString(value, 'f', 1);
    case Instrument::Rmdq:
    case Instrument::StartBack:
    case Instrument::Tsk:
        return QLocale().toString(qRound(value));
    }
    Q_UNREACHABLE();
}

QString OutcomeScoring::formatScore(const MeasureScore& score)
{
    switch (score.instrument) {
    case Instrument::Odi:
        return formatValue(Instrument::Odi, score.score);
    case Instrument::Rmdq:
        return tr("%1 / 24").arg(score.total);
    case Instrument::StartBack:
        return tr("%1 (subscale %2)").arg(score.total).arg(score.subscale.value_or(0));
    case Instrument::Psfs:
        return formatValue(Instrument::Psfs, score.score);
    case Instrument::Tsk:
        return QString::number(score.total);
    }
    Q_UNREACHABLE();
}

} // namespace gradus
