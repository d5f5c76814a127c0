#include "pacing/PacingJson.h"

#include <QSet>

#include <cmath>

namespace gradus::pacingJson {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PacingJson)
};

Error invalid(const QString& message)
{
    return Error{QStringLiteral("pacing.review_file"), message};
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Reads typed fields from one JSON object and remembers the first problem, naming the field
// by its path ("days[2].exercise_pain") so that the clinician can find it in the file.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool has(const QString& key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }
    std::optional<Error> error() const { return m_error; }
    QString path(const QString& key) const { return join(m_path, key); }
    void fail(const QString& message)
    {
        if (!m_error)
            m_error = invalid(message);
    }

    // Refuses keys the format does not know: a typo must not silently drop data.
    void allowOnly(const QStringList& keys)
    {
        for (const QString& key : m_object.keys())
            if (!keys.contains(key))
                fail(Tr::tr("%1 is not a known field (expected one of: %2).")
                         .arg(path(key), keys.join(QStringLiteral(", "))));
    }

    std::optional<int> integer(const QString& key, int min, int max)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(Tr::tr("%1 must be a whole number from %2 to %3, not %4.")
                     .arg(path(key))
                     .arg(min)
                     .arg(max)
                     .arg(text(v)));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }
    std::optional<double> number(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(Tr::tr("%1 must be a number, not %2.").arg(path(key), text(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<bool> boolean(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            fail(Tr::tr("%1 must be true or false, not %2.").arg(path(key), text(v)));
            return std::nullopt;
        }
        return v.toBool();
    }
    std::optional<QString> string(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            fail(Tr::tr("%1 must be text, not %2.").arg(path(key), text(v)));
            return std::nullopt;
        }
        return v.toString();
    }
    QDate date(const QString& key)
    {
        const auto s = string(key);
        if (!s)
            return {};
        const QDate d = QDate::fromString(*s, Qt::ISODate);
        if (!d.isValid())
            fail(Tr::tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(path(key), *s));
        return d;
    }
    std::optional<QJsonObject> object(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        if (!m_object.value(key).isObject()) {
            fail(Tr::tr("%1 must be an object ({...}).").arg(path(key)));
            return std::nullopt;
        }
        return m_object.value(key).toObject();
    }
    std::optional<QJsonArray> array(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        if (!m_object.value(key).isArray()) {
            fail(Tr::tr("%1 must be a list ([...]).").arg(path(key)));
            return std::nullopt;
        }
        return m_object.value(key).toArray();
    }
    std::optional<PacingUnit> unit(const QString& key)
    {
        const auto s = string(key);
        if (!s)
            return std::nullopt;
        const auto u = pacingUnit::fromKey(*s);
        if (!u)
            fail(Tr::tr("%1 must be one of %2, not \"%3\".")
                     .arg(path(key), pacingUnit::allKeys(), *s));
        return u;
    }

private:
    static QString text(const QJsonValue& v)
    {
        if (v.isString())
            return QStringLiteral("\"%1\"").arg(v.toString());
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return v.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
    }

    const QJsonObject& m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Result<ReviewStep> stepFromJson(const QJsonObject& object)
{
    Reader r(object, QStringLiteral("step"));
    r.allowOnly({QStringLiteral("unit"), QStringLiteral("current"), QStringLiteral("next"),
                 QStringLiteral("last_tolerated"), QStringLiteral("week")});
    ReviewStep step;
    if (!r.has(QStringLiteral("unit")) || !r.has(QStringLiteral("current")))
        r.fail(Tr::tr("step needs at least \"unit\" and \"current\"."));
    step.unit = r.unit(QStringLiteral("unit")).value_or(PacingUnit::Minutes);
    const int max = pacingUnit::maximum(step.unit);
    step.current = r.integer(QStringLiteral("current"), 1, max).value_or(0);
    step.next = r.integer(QStringLiteral("next"), 1, max);
    step.lastTolerated = r.integer(QStringLiteral("last_tolerated"), 1, max);
    step.week = r.integer(QStringLiteral("week"), 1, GradedActivityPlan::kMaxWeeks);
    if (step.week && step.next)
        step.nextWeek = *step.week + 1;
    if (auto e = r.error())
        return *e;
    return step;
}

} // namespace

QJsonArray weeksToJson(const GradedActivityPlan& plan)
{
    QJsonArray weeks;
    for (const PlanWeek& w : plan.weeks()) {
        QJsonArray bouts;
        for (int b : w.bouts)
            bouts << b;
        QJsonObject o{
            {QStringLiteral("week"), w.week},
            {QStringLiteral("quota"), w.quota},
            {QStringLiteral("unit"), pacingUnit::key(plan.unit())},
            {QStringLiteral("bouts"), static_cast<int>(w.bouts.size())},
            {QStringLiteral("per_bout"), bouts},
            {QStringLiteral("increase"), w.increase},
            {QStringLiteral("at_goal"), w.atGoal},
        };
        if (w.start.isValid()) {
            o.insert(QStringLiteral("start"), w.start.toString(Qt::ISODate));
            o.insert(QStringLiteral("end"), w.end.toString(Qt::ISODate));
        }
        weeks << o;
    }
    return weeks;
}

QJsonObject planToJson(const GradedActivityPlan& plan)
{
    const PlanParameters& p = plan.parameters();
    QJsonArray tolerance;
    for (double t : p.toleranceAttempts)
        tolerance << t;
    QJsonObject o{
        {QStringLiteral("unit"), pacingUnit::key(plan.unit())},
        {QStringLiteral("tolerance"), tolerance},
        {QStringLiteral("mean_tolerance"), plan.meanTolerance()},
        {QStringLiteral("baseline_percent"), p.baselinePercent},
        {QStringLiteral("baseline"), plan.baseline()},
        {QStringLiteral("weekly_percent"), p.weeklyPercent},
        {QStringLiteral("weekly_increase"), plan.weeklyIncrease()},
        {QStringLiteral("goal"), plan.goal()},
        {QStringLiteral("bouts"), p.boutsPerDay},
        {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes())},
        {QStringLiteral("weeks"), weeksToJson(plan)},
    };
    if (p.start.isValid())
        o.insert(QStringLiteral("start"), p.start.toString(Qt::ISODate));
    return o;
}

Result<PlanParameters> planParametersFromJson(const QJsonObject& object,
                                              const PlanParameters& defaults, const QString& path)
{
    Reader r(object, path);
    PlanParameters p = defaults;
    if (auto attempts = r.array(QStringLiteral("tolerance"))) {
        p.toleranceAttempts.clear();
        for (const QJsonValue& v : *attempts) {
            if (!v.isDouble())
                r.fail(Tr::tr("%1 must be a list of numbers.")
                           .arg(r.path(QStringLiteral("tolerance"))));
            p.toleranceAttempts << v.toDouble();
        }
    } else {
        r.fail(Tr::tr("%1 needs \"tolerance\", a list of measurements.").arg(path));
    }
    if (!r.has(QStringLiteral("unit")) || !r.has(QStringLiteral("goal")))
        r.fail(Tr::tr("%1 needs \"unit\" and \"goal\".").arg(path));
    p.unit = r.unit(QStringLiteral("unit")).value_or(p.unit);
    p.goal = r.number(QStringLiteral("goal")).value_or(p.goal);
    p.baselinePercent =
        r.integer(QStringLiteral("baseline_percent"), 1, 100).value_or(p.baselinePercent);
    p.weeklyPercent = r.integer(QStringLiteral("weekly_percent"), 1, 100).value_or(p.weeklyPercent);
    p.boutsPerDay = r.integer(QStringLiteral("bouts"), 1, GradedActivityPlan::kMaxBouts)
                        .value_or(p.boutsPerDay);
    if (r.has(QStringLiteral("start")))
        p.start = r.date(QStringLiteral("start"));
    if (auto e = r.error())
        return *e;
    return p;
}

Result<ReviewRequest> reviewRequestFromJson(const QJsonObject& object,
                                            const ReviewThresholds& thresholdDefaults,
                                            const PlanParameters& planDefaults)
{
    Reader r(object, QString());
    r.allowOnly({QStringLiteral("days"), QStringLiteral("baseline_pain"),
                 QStringLiteral("previous_week_pain"), QStringLiteral("this_week_pain"),
                 QStringLiteral("leg_symptoms"), QStringLiteral("new_neurological_sign"),
                 QStringLiteral("neurological_detail"), QStringLiteral("red_flag"),
                 QStringLiteral("red_flag_detail"), QStringLiteral("step"), QStringLiteral("plan"),
                 QStringLiteral("thresholds")});
    ReviewRequest request;
    ReviewData& d = request.data;
    request.thresholds = thresholdDefaults;

    if (auto days = r.array(QStringLiteral("days"))) {
        for (qsizetype i = 0; i < days->size() && !r.error(); ++i) {
            const QString dayPath = QStringLiteral("days[%1]").arg(i + 1);
            if (!days->at(i).isObject()) {
                r.fail(Tr::tr("%1 must be an object ({...}).").arg(dayPath));
                break;
            }
            const QJsonObject dayObject = days->at(i).toObject();
            Reader day(dayObject, dayPath);
            day.allowOnly({QStringLiteral("date"), QStringLiteral("quota_met"),
                           QStringLiteral("exercise_pain"), QStringLiteral("next_morning_pain")});
            ReviewDay rd;
            rd.date = day.date(QStringLiteral("date"));
            rd.quotaMet = day.boolean(QStringLiteral("quota_met"));
            rd.exercisePain = day.integer(QStringLiteral("exercise_pain"), 0, 10);
            rd.nextMorningPain = day.integer(QStringLiteral("next_morning_pain"), 0, 10);
            if (auto e = day.error())
                r.fail(e->message);
            d.days << rd;
        }
    }
    d.baselinePain = r.integer(QStringLiteral("baseline_pain"), 0, 10);
    d.previousWeekPain = r.integer(QStringLiteral("previous_week_pain"), 0, 10);
    d.thisWeekPain = r.integer(QStringLiteral("this_week_pain"), 0, 10);
    if (auto s = r.string(QStringLiteral("leg_symptoms"))) {
        const auto legs = legSymptoms::fromKey(*s);
        if (!legs)
            r.fail(Tr::tr("leg_symptoms must be none, centralising, stable, peripheralising or "
                          "not_recorded, not \"%1\".")
                       .arg(*s));
        d.legSymptoms = legs.value_or(LegSymptoms::NotRecorded);
    }
    d.newNeurologicalSign = r.boolean(QStringLiteral("new_neurological_sign")).value_or(false);
    d.neurologicalDetail = r.string(QStringLiteral("neurological_detail")).value_or(QString());
    d.redFlag = r.boolean(QStringLiteral("red_flag")).value_or(false);
    d.redFlagDetail = r.string(QStringLiteral("red_flag_detail")).value_or(QString());

    if (auto t = r.object(QStringLiteral("thresholds"))) {
        Reader tx(*t, QStringLiteral("thresholds"));
        tx.allowOnly({QStringLiteral("pain_safe_max"), QStringLiteral("pain_acceptable_max"),
                      QStringLiteral("bad_days_in_row"), QStringLiteral("regress_percent")});
        ReviewThresholds& th = request.thresholds;
        th.painSafeMax =
            tx.integer(QStringLiteral("pain_safe_max"), 0, 10).value_or(th.painSafeMax);
        th.painAcceptableMax =
            tx.integer(QStringLiteral("pain_acceptable_max"), 0, 10).value_or(th.painAcceptableMax);
        th.badDaysInRow =
            tx.integer(QStringLiteral("bad_days_in_row"), 1, 100).value_or(th.badDaysInRow);
        th.regressPercent =
            tx.integer(QStringLiteral("regress_percent"), 1, 100).value_or(th.regressPercent);
        if (auto e = tx.error())
            r.fail(e->message);
    }

    if (r.has(QStringLiteral("step")) && r.has(QStringLiteral("plan")))
        r.fail(Tr::tr("Give either \"step\" or \"plan\", not both."));
    if (auto stepObject = r.object(QStringLiteral("step"))) {
        auto step = stepFromJson(*stepObject);
        if (!step)
            r.fail(step.error().message);
        else
            d.step = *step;
    }
    if (auto planObject = r.object(QStringLiteral("plan"))) {
        QJsonObject withoutWeek = *planObject;
        withoutWeek.remove(QStringLiteral("week"));
        Reader pr(*planObject, QStringLiteral("plan"));
        pr.allowOnly({QStringLiteral("tolerance"), QStringLiteral("unit"), QStringLiteral("goal"),
                      QStringLiteral("baseline_percent"), QStringLiteral("weekly_percent"),
                      QStringLiteral("bouts"), QStringLiteral("start"), QStringLiteral("week")});
        const auto week = pr.integer(QStringLiteral("week"), 1, GradedActivityPlan::kMaxWeeks);
        if (!week && !pr.error())
            pr.fail(Tr::tr("plan.week is needed: the plan week the patient is in now."));
        if (auto e = pr.error()) {
            r.fail(e->message);
        } else if (auto params = planParametersFromJson(withoutWeek, planDefaults); !params) {
            r.fail(params.error().message);
        } else if (auto plan = GradedActivityPlan::create(*params); !plan) {
            r.fail(Tr::tr("plan: %1").arg(plan.error().message));
        } else if (*week > plan->weekCount()) {
            r.fail(Tr::tr("plan.week is %1, but the plan reaches its goal in week %2.")
                       .arg(*week)
                       .arg(plan->weekCount()));
        } else {
            d.step = plan->reviewStep(*week);
            request.plan = *plan;
        }
    }

    if (auto e = r.error())
        return *e;
    if (auto st = d.validate(); !st)
        return st.error();
    if (auto st = request.thresholds.validate(); !st)
        return st.error();
    return request;
}

QJsonObject findingToJson(const ReviewFinding& finding)
{
    QJsonArray data;
    for (const ReviewFact& fact : finding.data)
        data << QJsonObject{{QStringLiteral("label"), fact.label},
                            {QStringLiteral("value"), fact.value}};
    return QJsonObject{
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("outcome"), reviewOutcome::key(finding.outcome)},
        {QStringLiteral("explanation"), finding.explanation},
        {QStringLiteral("data"), data},
        {QStringLiteral("source"), finding.source},
    };
}

QJsonObject decisionToJson(const ReviewDecision& decision)
{
    QJsonArray reasons;
    for (const ReviewFinding& f : decision.reasons)
        reasons << findingToJson(f);
    QJsonArray also;
    for (const ReviewFinding& f : decision.alsoNoted)
        also << findingToJson(f);
    QJsonObject o{
        {QStringLiteral("decision"), reviewOutcome::key(decision.outcome)},
        {QStringLiteral("rule"), decision.primary().rule},
        {QStringLiteral("proposal"), decision.proposal},
        {QStringLiteral("pain_band"), painBand::key(decision.painBand)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("also_noted"), also},
    };
    if (decision.proposedQuota)
        o.insert(QStringLiteral("proposed_quota"), *decision.proposedQuota);
    if (decision.proposedWeek)
        o.insert(QStringLiteral("proposed_week"), *decision.proposedWeek);
    return o;
}

} // namespace gradus::pacingJson
