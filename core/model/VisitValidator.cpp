#include "model/VisitValidator.h"

#include "util/EnumTable.h"

#include <QRegularExpression>

namespace gradus {
namespace {

constexpr int kMaxNotes = 20000;
constexpr int kMaxName = 120;

// Fields have no stored key; they are named to the clinician only.
constexpr KeyedLabel<VisitField> kFieldLabels[] = {
    {VisitField::Date, "", QT_TRANSLATE_NOOP("VisitValidator", "Date")},
    {VisitField::Time, "", QT_TRANSLATE_NOOP("VisitValidator", "Time")},
    {VisitField::Clinician, "", QT_TRANSLATE_NOOP("VisitValidator", "Clinician")},
    {VisitField::PainNow, "", QT_TRANSLATE_NOOP("VisitValidator", "Pain now")},
    {VisitField::PainBest, "", QT_TRANSLATE_NOOP("VisitValidator", "Best pain (24 h)")},
    {VisitField::PainWorst, "", QT_TRANSLATE_NOOP("VisitValidator", "Worst pain (24 h)")},
    {VisitField::PainExercise, "", QT_TRANSLATE_NOOP("VisitValidator", "Pain during exercise")},
    {VisitField::PainNextMorning, "", QT_TRANSLATE_NOOP("VisitValidator", "Pain next morning")},
    {VisitField::ActivityMinutes, "", QT_TRANSLATE_NOOP("VisitValidator", "Activity minutes")},
    {VisitField::Steps, "", QT_TRANSLATE_NOOP("VisitValidator", "Steps")},
    {VisitField::Adherence, "", QT_TRANSLATE_NOOP("VisitValidator", "Adherence")},
    {VisitField::Notes, "", QT_TRANSLATE_NOOP("VisitValidator", "Notes")},
};

// NotRecorded is stored as "".
constexpr KeyedLabel<LegSymptoms> kLegSymptoms[] = {
    {LegSymptoms::NotRecorded, "", QT_TRANSLATE_NOOP("VisitValidator", "not recorded")},
    {LegSymptoms::None, "none", QT_TRANSLATE_NOOP("VisitValidator", "none")},
    {LegSymptoms::Centralising, "centralising",
     QT_TRANSLATE_NOOP("VisitValidator", "centralising")},
    {LegSymptoms::Stable, "stable", QT_TRANSLATE_NOOP("VisitValidator", "stable")},
    {LegSymptoms::Peripheralising, "peripheralising",
     QT_TRANSLATE_NOOP("VisitValidator", "peripheralising")},
};

} // namespace

QString VisitValidator::fieldLabel(VisitField field)
{
    return enumTable::label("VisitValidator", kFieldLabels, field);
}

QList<VisitFieldError> VisitValidator::validate(const VisitRecord& r, const QDateTime& now)
{
    QList<VisitFieldError> errors;
    const QDate today = now.toLocalTime().date();

    if (!r.date.isValid())
        errors.append({VisitField::Date, tr("Enter the date of the visit.")});
    else if (r.date > today)
        errors.append({VisitField::Date,
                       tr("The visit date %1 is in the future; today is %2.")
                           .arg(r.date.toString(Qt::ISODate), today.toString(Qt::ISODate))});
    else if (r.date.year() < 1900)
        errors.append({VisitField::Date,
                       tr("The visit date %1 is before 1900.").arg(r.date.toString(Qt::ISODate))});
    if (r.time && !r.time->isValid())
        errors.append({VisitField::Time, tr("The time of the visit is not a valid time.")});
    else if (r.time && r.date == today &&
             QTime(r.time->hour(), r.time->minute()) > now.toLocalTime().time())
        errors.append({VisitField::Time, tr("The visit time %1 today is in the future.")
                                             .arg(r.time->toString(QStringLiteral("HH:mm")))});

    if (r.clinician.trimmed().isEmpty())
        errors.append({VisitField::Clinician, tr("Enter the clinician's name.")});
    else if (r.clinician.size() > kMaxName)
        errors.append({VisitField::Clinician,
                       tr("The clinician's name is longer than %1 characters.").arg(kMaxName)});

    const auto checkPain = [&](VisitField field, std::optional<int> value) {
        if (value && (*value < 0 || *value > 10))
            errors.append({field, tr("%1 is %2; pain is a whole number from 0 to 10.")
                                      .arg(fieldLabel(field))
                                      .arg(*value)});
    };
    checkPain(VisitField::PainNow, r.painNow);
    checkPain(VisitField::PainBest, r.painBest);
    checkPain(VisitField::PainWorst, r.painWorst);
    checkPain(VisitField::PainExercise, r.painExercise);
    checkPain(VisitField::PainNextMorning, r.painNextMorning);
    if (r.painBest && r.painWorst && *r.painBest > *r.painWorst)
        errors.append({VisitField::PainWorst,
                       tr("The worst pain (%1) is lower than the best pain (%2) in the last "
                          "24 hours.")
                           .arg(*r.painWorst)
                           .arg(*r.painBest)});

    if (r.activityMinutes && (*r.activityMinutes < 0 || *r.activityMinutes > kMaxActivityMinutes))
        errors.append({VisitField::ActivityMinutes,
                       tr("Activity is %1 minutes a day; it must be from 0 to %2.")
                           .arg(*r.activityMinutes)
                           .arg(kMaxActivityMinutes)});
    if (r.steps && (*r.steps < 0 || *r.steps > kMaxSteps))
        errors.append(
            {VisitField::Steps,
             tr("Steps are %1 a day; they must be from 0 to %2.").arg(*r.steps).arg(kMaxSteps)});

    if (r.sessionsDone.has_value() != r.sessionsPlanned.has_value()) {
        errors.append({VisitField::Adherence,
                       tr("Give both the sessions done and the sessions prescribed, or neither.")});
    } else if (r.sessionsDone) {
        if (*r.sessionsDone < 0 || *r.sessionsPlanned < 0 || *r.sessionsPlanned > kMaxSessions)
            errors.append(
                {VisitField::Adherence, tr("Sessions must be from 0 to %1.").arg(kMaxSessions)});
        else if (*r.sessionsDone > *r.sessionsPlanned)
            errors.append(
                {VisitField::Adherence, tr("%1 sessions done is more than the %2 prescribed.")
                                            .arg(*r.sessionsDone)
                                            .arg(*r.sessionsPlanned)});
    }
    if (r.notes.size() > kMaxNotes)
        errors.append(
            {VisitField::Notes, tr("The notes are longer than %1 characters.").arg(kMaxNotes)});
    return errors;
}

Status VisitValidator::check(const VisitRecord& record, const QDateTime& now)
{
    const auto errors = validate(record, now);
    if (errors.isEmpty())
        return {};
    QStringList messages;
    for (const auto& e : errors)
        messages << e.message;
    return Error{QStringLiteral("visit.invalid"), messages.join(u' ')};
}

Result<int> VisitValidator::parsePain(const QString& text, const QString& what)
{
    static const QRegularExpression wholeNumber(QStringLiteral("^\\s*-?\\d+\\s*$"));
    if (!wholeNumber.match(text).hasMatch())
        return Error{QStringLiteral("visit.invalid"),
                     tr("%1 is '%2'; pain is a whole number from 0 to 10.").arg(what, text)};
    const int value = text.trimmed().toInt();
    if (value < 0 || value > 10)
        return Error{QStringLiteral("visit.invalid"),
                     tr("%1 is %2; pain is a whole number from 0 to 10.").arg(what).arg(value)};
    return value;
}

Result<std::pair<int, int>> VisitValidator::parseAdherence(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{
            QStringLiteral("visit.invalid"),
            tr("Adherence is '%1'; write sessions done/prescribed, for example 4/5.").arg(text)};
    return std::pair{match.captured(1).toInt(), match.captured(2).toInt()};
}

QString VisitValidator::legSymptomsCode(LegSymptoms value)
{
    return enumTable::key(kLegSymptoms, value);
}

std::optional<LegSymptoms> VisitValidator::legSymptomsFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c.isEmpty())
        return LegSymptoms::NotRecorded;
    return enumTable::fromKey(kLegSymptoms, c);
}

QString VisitValidator::legSymptomsLabel(LegSymptoms value)
{
    return enumTable::label("VisitValidator", kLegSymptoms, value);
}

} // namespace gradus
