// The Observations and QuestionnaireResponses of a FHIR export (FhirBundle).
#include "exchange/FhirCodes.h"
#include "exchange/FhirResources.h"
#include "outcomes/OutcomeScoring.h"

#include <QJsonArray>

namespace gradus::fhir {
namespace {

using FhirCodes::codeable;
using FhirCodes::Coding;

QJsonArray category(const QString& code, const QString& display)
{
    return {codeable({Coding{FhirCodes::kObservationCategory, code, display}}, {})};
}

QJsonObject quantity(double value, const QString& unit, const QString& ucum)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), FhirCodes::kUcum},
            {QStringLiteral("code"), ucum}};
}

// What every observation of a visit shares.
QJsonObject visitObservation(const ExportContext& c, const Visit& v, const QString& kind)
{
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("id"), c.id(kind, v.id)},
        {QStringLiteral("status"),
         v.amended() ? QStringLiteral("amended") : QStringLiteral("final")},
        {QStringLiteral("subject"), c.subject()},
        {QStringLiteral("effectiveDateTime"), FhirBundle::dateTime(v.record.date, v.record.time)},
    };
    if (v.recordedAt.isValid())
        o.insert(QStringLiteral("issued"), FhirBundle::instant(v.recordedAt));
    if (!v.record.clinician.isEmpty())
        o.insert(QStringLiteral("performer"), QJsonArray{byName(v.record.clinician)});
    return o;
}

QJsonObject painComponent(const QString& code, const QString& display, int value)
{
    return {{QStringLiteral("code"),
             codeable({Coding{FhirCodes::kPainContext, code, display}}, display)},
            {QStringLiteral("valueInteger"), value}};
}

} // namespace

// LOINC first where there is a verified code, then the Gradus code of the exact version.
QList<FhirCodes::Coding> scoreCodings(Instrument instrument)
{
    QList<FhirCodes::Coding> codings;
    if (auto loinc = FhirCodes::loincScore(instrument))
        codings << *loinc;
    codings << FhirCodes::outcomeMeasure(instrument);
    return codings;
}

QJsonObject byName(const QString& name)
{
    return {{QStringLiteral("display"), name}};
}

QList<QJsonObject> visitObservations(const ExportContext& c, const Visit& v)
{
    if (v.enteredInError)
        return {};
    QList<QJsonObject> out;
    const VisitRecord& r = v.record;

    QJsonObject pain = visitObservation(c, v, QStringLiteral("nprs"));
    pain.insert(QStringLiteral("category"),
                category(QStringLiteral("survey"), QStringLiteral("Survey")));
    pain.insert(QStringLiteral("code"),
                codeable({FhirCodes::nprs()},
                         c.text(QT_TRANSLATE_NOOP("FhirBundle", "Pain now (NPRS 0-10)"))));
    pain.insert(QStringLiteral("valueInteger"), r.painNow);
    QJsonArray components;
    const struct
    {
        const std::optional<int>& value;
        const char* code;
        const char* display;
    } parts[] = {
        {r.painBest, "best-24h",
         QT_TRANSLATE_NOOP("FhirBundle", "Least pain in the last 24 hours")},
        {r.painWorst, "worst-24h",
         QT_TRANSLATE_NOOP("FhirBundle", "Worst pain in the last 24 hours")},
        {r.painExercise, "during-exercise",
         QT_TRANSLATE_NOOP("FhirBundle", "Pain during exercise")},
        {r.painNextMorning, "next-morning",
         QT_TRANSLATE_NOOP("FhirBundle", "Pain the morning after exercise")},
    };
    for (const auto& part : parts)
        if (part.value)
            components.append(
                painComponent(QLatin1String(part.code), c.text(part.display), *part.value));
    if (!components.isEmpty())
        pain.insert(QStringLiteral("component"), components);
    out.append(pain);

    if (r.activityMinutes) {
        QJsonObject minutes = visitObservation(c, v, QStringLiteral("activity-minutes"));
        minutes.insert(QStringLiteral("category"),
                       category(QStringLiteral("activity"), QStringLiteral("Activity")));
        const QString label =
            r.activityLabel.isEmpty()
                ? c.text(QT_TRANSLATE_NOOP("FhirBundle", "Activity minutes per day"))
                : c.text(QT_TRANSLATE_NOOP("FhirBundle", "Activity minutes per day (%1)"))
                      .arg(r.activityLabel);
        minutes.insert(QStringLiteral("code"), codeable({FhirCodes::exerciseDuration()}, label));
        minutes.insert(QStringLiteral("valueQuantity"),
                       quantity(*r.activityMinutes, QStringLiteral("min"), QStringLiteral("min")));
        out.append(minutes);
    }
    if (r.steps) {
        QJsonObject steps = visitObservation(c, v, QStringLiteral("steps"));
        steps.insert(QStringLiteral("category"),
                     category(QStringLiteral("activity"), QStringLiteral("Activity")));
        steps.insert(QStringLiteral("code"),
                     codeable({FhirCodes::stepsPerDay()},
                              c.text(QT_TRANSLATE_NOOP("FhirBundle", "Steps per day"))));
        steps.insert(QStringLiteral("valueQuantity"),
                     quantity(*r.steps, QStringLiteral("steps/day"), QStringLiteral("/d")));
        out.append(steps);
    }
    return out;
}

QList<QJsonObject> measureResources(const ExportContext& c, const Measure& m)
{
    if (m.enteredInError)
        return {};
    const QString status = m.amended() ? QStringLiteral("amended") : QStringLiteral("completed");
    const QString code = Instruments::code(m.instrument);

    // Answers by item number only: the wording of ODI, STarT Back and TSK may not be shipped
    // (CLINICAL.md 2). PSFS items carry the activity the patient named, in their own words.
    const QStringList activities = m.instrument == Instrument::Psfs
                                       ? c.input.psfsActivities.value(m.episodeId.value_or(0))
                                       : QStringList();
    QJsonArray items;
    for (qsizetype i = 0; i < m.answers.size(); ++i) {
        if (!m.answers.at(i))
            continue;
        QJsonObject item{
            {QStringLiteral("linkId"), QString::number(i + 1)},
            {QStringLiteral("answer"),
             QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), *m.answers.at(i)}}}}};
        if (i < activities.size())
            item.insert(QStringLiteral("text"), activities.at(i));
        items.append(item);
    }
    QJsonObject response{
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("id"), c.id(QStringLiteral("QuestionnaireResponse"), m.id)},
        {QStringLiteral("questionnaire"), FhirCodes::kQuestionnaire + code},
        {QStringLiteral("status"), status},
        {QStringLiteral("subject"), c.subject()},
        {QStringLiteral("authored"), m.takenOn.toString(Qt::ISODate)},
    };
    if (!m.createdBy.isEmpty())
        response.insert(QStringLiteral("author"), byName(m.createdBy));
    if (!items.isEmpty())
        response.insert(QStringLiteral("item"), items);

    QJsonObject score{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("id"), c.id(QStringLiteral("score"), m.id)},
        {QStringLiteral("status"),
         m.amended() ? QStringLiteral("amended") : QStringLiteral("final")},
        {QStringLiteral("category"), category(QStringLiteral("survey"), QStringLiteral("Survey"))},
        {QStringLiteral("code"),
         codeable(scoreCodings(m.instrument), c.text(QT_TRANSLATE_NOOP("FhirBundle", "%1 score"))
                                                  .arg(Instruments::shortName(m.instrument)))},
        {QStringLiteral("subject"), c.subject()},
        {QStringLiteral("effectiveDateTime"), m.takenOn.toString(Qt::ISODate)},
        {QStringLiteral("derivedFrom"),
         QJsonArray{QJsonObject{
             {QStringLiteral("reference"), c.ref(QStringLiteral("QuestionnaireResponse"), m.id)}}}},
    };
    if (m.recordedAt.isValid())
        score.insert(QStringLiteral("issued"), FhirBundle::instant(m.recordedAt));
    score.insert(QStringLiteral("valueQuantity"),
                 m.instrument == Instrument::Odi
                     ? quantity(m.score.score, QStringLiteral("%"), QStringLiteral("%"))
                     : quantity(m.score.score, QStringLiteral("score"), QStringLiteral("{score}")));
    if (!m.score.band.isEmpty()) {
        const QString label = OutcomeScoring::bandLabel(m.instrument, m.score.band);
        score.insert(
            QStringLiteral("interpretation"),
            QJsonArray{codeable({Coding{FhirCodes::kScoreBand, code + u'-' + m.score.band, label}},
                                label)});
    }
    if (m.score.subscale) {
        const QString display =
            c.text(QT_TRANSLATE_NOOP("FhirBundle", "STarT Back psychosocial subscale (items 5-9)"));
        score.insert(QStringLiteral("component"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("code"),
                          codeable({Coding{FhirCodes::kScoreComponent,
                                           QStringLiteral("startback-psychosocial"), display}},
                                   display)},
                         {QStringLiteral("valueInteger"), *m.score.subscale}}});
    }
    return {response, score};
}

} // namespace gradus::fhir
