#include "exchange/FhirBundle.h"

#include "exchange/FhirCodes.h"
#include "exchange/FhirResources.h"
#include "exchange/SessionDays.h"
#include "exchange/StableIds.h"
#include "handout/DoseWording.h"
#include "i18n/DataTexts.h"
#include "patients/ConditionCatalog.h"
#include "programmes/DoseValidator.h"
#include "util/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace gradus {
namespace {

using fhir::ExportContext;
using FhirCodes::codeable;
using FhirCodes::Coding;

QJsonObject patientResource(const ExportContext& c)
{
    const Patient& p = c.input.patient;
    QJsonArray identifiers;
    if (!p.clinicNumber.isEmpty())
        identifiers.append(
            QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                        {QStringLiteral("type"),
                         codeable({Coding{FhirCodes::kIdentifierType, QStringLiteral("MR"),
                                          QStringLiteral("Medical record number")}},
                                  c.text(QT_TRANSLATE_NOOP("FhirBundle", "Clinic number")))},
                        {QStringLiteral("system"), FhirCodes::kClinicNumber},
                        {QStringLiteral("value"), p.clinicNumber}});
    identifiers.append(QJsonObject{{QStringLiteral("use"), QStringLiteral("secondary")},
                                   {QStringLiteral("system"), FhirCodes::kPatientRecord},
                                   {QStringLiteral("value"), QString::number(p.id)}});
    QJsonArray names{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                 {QStringLiteral("family"), p.familyName},
                                 {QStringLiteral("given"), QJsonArray{p.givenName}}}};
    if (!p.preferredName.isEmpty())
        names.append(QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                                 {QStringLiteral("family"), p.familyName},
                                 {QStringLiteral("given"), QJsonArray{p.preferredName}}});
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), c.id(QStringLiteral("Patient"), p.id)},
        {QStringLiteral("identifier"), identifiers},
        {QStringLiteral("active"), !p.archived},
        {QStringLiteral("name"), names},
        {QStringLiteral("gender"), p.sex.isEmpty() ? QStringLiteral("unknown") : p.sex},
    };
    if (p.dateOfBirth.isValid())
        o.insert(QStringLiteral("birthDate"), p.dateOfBirth.toString(Qt::ISODate));
    QJsonArray telecom;
    if (!p.phone.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), p.phone}});
    if (!p.email.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                   {QStringLiteral("value"), p.email}});
    if (!telecom.isEmpty())
        o.insert(QStringLiteral("telecom"), telecom);
    if (!p.address.isEmpty())
        o.insert(QStringLiteral("address"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), p.address}}});
    if (!p.language.isEmpty())
        o.insert(QStringLiteral("communication"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("language"),
                      codeable({Coding{QStringLiteral("urn:ietf:bcp:47"), p.language, {}}},
                               QLocale(p.language).nativeLanguageName())},
                     {QStringLiteral("preferred"), true}}});
    return o;
}

QJsonObject conditionResource(const ExportContext& c, const Condition& condition)
{
    // Codings keep the code system's English display; the texts are in the record's language.
    const ConditionCatalog& catalog = c.input.language.dataTexts().conditionCatalog();
    const QString name = catalog.displayName(condition.code);
    QList<Coding> codings;
    if (auto sct = FhirCodes::snomedCondition(condition.code))
        codings.append(*sct);
    codings.append(Coding{FhirCodes::kCondition, condition.code,
                          ConditionCatalog::builtIn().displayName(condition.code)});
    const bool active = condition.isActive();
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("id"), c.id(QStringLiteral("Condition"), condition.id)},
        {QStringLiteral("clinicalStatus"),
         codeable({Coding{FhirCodes::kConditionClinical,
                          active ? QStringLiteral("active") : QStringLiteral("resolved"),
                          active ? QStringLiteral("Active") : QStringLiteral("Resolved")}},
                  {})},
        {QStringLiteral("category"),
         QJsonArray{
             codeable({Coding{FhirCodes::kConditionCategory, QStringLiteral("problem-list-item"),
                              QStringLiteral("Problem List Item")}},
                      {})}},
        {QStringLiteral("code"), codeable(codings, name)},
        {QStringLiteral("subject"), c.subject()},
    };
    if (condition.side != Condition::Side::None) {
        const QString side =
            c.input.language.translate("Condition", Condition::sideSource(condition.side));
        QJsonArray sites;
        // Sciatica's side is the painful leg; for other codes only the side is known.
        const QList<Coding> legs = condition.code == QLatin1String("sciatica")
                                       ? FhirCodes::snomedLegs(condition.side)
                                       : QList<Coding>();
        if (legs.isEmpty())
            sites.append(
                codeable({}, c.text(QT_TRANSLATE_NOOP("FhirBundle", "Side: %1")).arg(side)));
        for (const Coding& leg : legs)
            sites.append(codeable({leg}, leg.display));
        o.insert(QStringLiteral("bodySite"), sites);
    }
    if (condition.onsetDate.isValid())
        o.insert(QStringLiteral("onsetDateTime"), condition.onsetDate.toString(Qt::ISODate));
    if (condition.createdAt.isValid())
        o.insert(QStringLiteral("recordedDate"), FhirBundle::instant(condition.createdAt));
    QJsonArray notes;
    if (condition.amount) {
        const ConditionDefinition* definition = catalog.find(condition.code);
        const QString what = definition && definition->amount
                                 ? definition->amount->name
                                 : c.text(QT_TRANSLATE_NOOP("FhirBundle", "Amount"));
        const QString unit =
            definition && definition->amount ? definition->amount->unit : QString();
        notes.append(QJsonObject{
            {QStringLiteral("text"),
             QStringLiteral("%1: %2 %3").arg(what).arg(*condition.amount).arg(unit).trimmed()}});
    }
    if (!condition.note.isEmpty())
        notes.append(QJsonObject{{QStringLiteral("text"), condition.note}});
    if (!notes.isEmpty())
        o.insert(QStringLiteral("note"), notes);
    return o;
}

QJsonObject timing(const Programme& programme, const Dose& dose)
{
    QJsonObject repeat{{QStringLiteral("frequency"), dose.timesPerDay},
                       {QStringLiteral("period"), 1},
                       {QStringLiteral("periodUnit"), QStringLiteral("d")}};
    if (programme.startDate.isValid()) {
        QJsonObject bounds{{QStringLiteral("start"), programme.startDate.toString(Qt::ISODate)}};
        if (programme.reviewDate.isValid())
            bounds.insert(QStringLiteral("end"), programme.reviewDate.toString(Qt::ISODate));
        repeat.insert(QStringLiteral("boundsPeriod"), bounds);
    }
    if (dose.daysPerWeek < 7) {
        QJsonArray days;
        for (int day : SessionDays::forDaysPerWeek(dose.daysPerWeek))
            days.append(SessionDays::fhirCode(day));
        repeat.insert(QStringLiteral("dayOfWeek"), days);
    }
    if (dose.type == DoseType::Duration) {
        repeat.insert(QStringLiteral("duration"), dose.minutes);
        repeat.insert(QStringLiteral("durationUnit"), QStringLiteral("min"));
    }
    return {{QStringLiteral("repeat"), repeat},
            {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), describeDose(dose)}}}};
}

// A built-in exercise's name in the record's language, unless the clinic renamed it.
QString exerciseText(const ExportContext& c, const ExerciseRef& ref)
{
    const auto english = DataTexts::english().exerciseTexts().value(ref.stableId);
    const auto translated = c.input.language.dataTexts().exerciseTexts().value(ref.stableId);
    return !translated.name.isEmpty() && ref.name == english.name ? translated.name : ref.name;
}

QJsonObject carePlanResource(const ExportContext& c, const Programme& programme)
{
    QJsonArray activities;
    for (const ProgrammeSection& section : programme.sections) {
        for (const Prescription& p : section.prescriptions) {
            const ExerciseRef ref = c.input.exercises.value(p.exerciseId);
            QStringList description{
                c.text(QT_TRANSLATE_NOOP("FhirBundle", "Section: %1.")).arg(section.name),
                DoseWording::dose(p.dose, p.side, ref.stableId, c.input.language) + u'.'};
            description += DoseWording::details(p, c.input.language);
            if (!p.patientNote.isEmpty())
                description.append(
                    c.text(QT_TRANSLATE_NOOP("FhirBundle", "Note: %1")).arg(p.patientNote));
            activities.append(
                QJsonObject{{QStringLiteral("detail"),
                             QJsonObject{
                                 {QStringLiteral("code"),
                                  codeable({Coding{FhirCodes::kExercise, ref.stableId, ref.name}},
                                           exerciseText(c, ref))},
                                 {QStringLiteral("status"), QStringLiteral("in-progress")},
                                 {QStringLiteral("scheduledTiming"), timing(programme, p.dose)},
                                 {QStringLiteral("description"), description.join(u' ')},
                             }}});
        }
    }
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("id"), c.id(QStringLiteral("CarePlan"), programme.id)},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("title"), programme.name},
        {QStringLiteral("subject"), c.subject()},
        {QStringLiteral("note"),
         QJsonArray{
             QJsonObject{{QStringLiteral("text"),
                          c.text(QT_TRANSLATE_NOOP("FhirBundle", "Exercise programme, version %1."))
                              .arg(programme.version)}}}},
    };
    if (!programme.goal.isEmpty())
        o.insert(QStringLiteral("description"), programme.goal);
    if (programme.startDate.isValid()) {
        QJsonObject period{{QStringLiteral("start"), programme.startDate.toString(Qt::ISODate)}};
        if (programme.reviewDate.isValid())
            period.insert(QStringLiteral("end"), programme.reviewDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("period"), period);
    }
    if (programme.activatedAt.isValid())
        o.insert(QStringLiteral("created"), FhirBundle::instant(programme.activatedAt));
    if (!activities.isEmpty())
        o.insert(QStringLiteral("activity"), activities);
    return o;
}

QJsonObject provenanceResource(const ExportContext& c, const QJsonArray& targets)
{
    auto agent = [](const QString& type, const QString& display, const QString& who) {
        return QJsonObject{
            {QStringLiteral("type"),
             codeable({Coding{FhirCodes::kProvenanceParticipant, type, display}}, {})},
            {QStringLiteral("who"), fhir::byName(who)}};
    };
    QJsonArray agents{agent(QStringLiteral("author"), QStringLiteral("Author"),
                            c.input.author.isEmpty()
                                ? c.text(QT_TRANSLATE_NOOP("FhirBundle", "Unknown"))
                                : c.input.author)};
    agents.append(agent(QStringLiteral("assembler"), QStringLiteral("Assembler"),
                        QStringLiteral("Gradus %1").arg(QLatin1String(kVersion))));
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
        {QStringLiteral("id"), c.id(QStringLiteral("Provenance"), c.input.patient.id)},
        {QStringLiteral("target"), targets},
        {QStringLiteral("recorded"), FhirBundle::instant(c.input.exportedAt)},
        {QStringLiteral("agent"), agents},
    };
    if (!c.input.clinicName.isEmpty())
        o.insert(
            QStringLiteral("agent"),
            agents +
                QJsonArray{QJsonObject{
                    {QStringLiteral("type"),
                     codeable({Coding{FhirCodes::kProvenanceParticipant,
                                      QStringLiteral("custodian"), QStringLiteral("Custodian")}},
                              {})},
                    {QStringLiteral("who"), fhir::byName(c.input.clinicName)}}});
    return o;
}

} // namespace

QString FhirBundle::resourceId(const Patient& patient, const QString& kind, const QString& key)
{
    return StableIds::text(QStringLiteral("fhir/%1/%2/%3/%4")
                               .arg(patient.createdAt.toUTC().toString(Qt::ISODateWithMs))
                               .arg(patient.id)
                               .arg(kind, key));
}

QString FhirBundle::instant(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString FhirBundle::dateTime(const QDate& date, const std::optional<QTime>& time)
{
    if (!time)
        return date.toString(Qt::ISODate);
    // A visit's time is clinic-local; FHIR wants a zone with any time, so the desk's offset
    // on that day is written.
    const QDateTime local(date, *time, QTimeZone::systemTimeZone());
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:00")) + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject FhirBundle::build(const FhirExportInput& input)
{
    const ExportContext c{input};
    QList<QJsonObject> resources{patientResource(c)};
    for (const Condition& condition : input.conditions)
        resources.append(conditionResource(c, condition));
    for (const Visit& visit : input.visits)
        resources += fhir::visitObservations(c, visit);
    for (const Measure& measure : input.measures)
        resources += fhir::measureResources(c, measure);
    for (const Programme& programme : input.activeProgrammes)
        resources.append(carePlanResource(c, programme));

    QJsonArray targets;
    for (const QJsonObject& r : std::as_const(resources))
        targets.append(QJsonObject{
            {QStringLiteral("reference"), reference(r.value(QStringLiteral("id")).toString())}});
    resources.append(provenanceResource(c, targets));

    QJsonArray entries;
    for (const QJsonObject& r : std::as_const(resources))
        entries.append(QJsonObject{
            {QStringLiteral("fullUrl"), reference(r.value(QStringLiteral("id")).toString())},
            {QStringLiteral("resource"), r}});
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), c.id(QStringLiteral("Bundle"), input.patient.id)},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), instant(input.exportedAt)},
            {QStringLiteral("entry"), entries}};
}

QByteArray FhirBundle::toJson(const FhirExportInput& input)
{
    return QJsonDocument(build(input)).toJson(QJsonDocument::Indented);
}

} // namespace gradus
