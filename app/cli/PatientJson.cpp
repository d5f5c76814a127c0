#include "PatientJson.h"

#include "CliArguments.h"
#include "CliContext.h"
#include "JsonValues.h"
#include "i18n/DataTexts.h"
#include "patients/CarePhase.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PatientArgs)
};

} // namespace

QJsonObject PatientJson::summary(const Patient& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("given"), p.givenName},
        {QStringLiteral("family"), p.familyName},
        {QStringLiteral("dob"), json::orNull(p.dateOfBirth)},
        {QStringLiteral("preferred"), json::orNull(p.preferredName)},
        {QStringLiteral("clinic_number"), json::orNull(p.clinicNumber)},
        {QStringLiteral("archived"), p.archived},
    };
}

QJsonObject PatientJson::full(const Patient& p, const QDate& today)
{
    QJsonObject o = summary(p);
    o.insert(QStringLiteral("sex"), json::orNull(p.sex));
    o.insert(QStringLiteral("phone"), json::orNull(p.phone));
    o.insert(QStringLiteral("email"), json::orNull(p.email));
    o.insert(QStringLiteral("address"), json::orNull(p.address));
    o.insert(QStringLiteral("referral_source"), json::orNull(p.referralSource));
    o.insert(QStringLiteral("notes"), json::orNull(p.notes));
    o.insert(QStringLiteral("language"), json::orNull(p.language));
    const int age = p.ageOn(today);
    o.insert(QStringLiteral("age"), age >= 0 ? QJsonValue(age) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("created_at"), json::orNull(p.createdAt));
    o.insert(QStringLiteral("updated_at"), json::orNull(p.updatedAt));
    o.insert(QStringLiteral("version"), p.version);
    return o;
}

QJsonObject PatientJson::episode(const Episode& e, const Clock& clock)
{
    const QString phase = CarePhase::code(CarePhase::of(e, clock));
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("patient_id"), e.patientId},
        {QStringLiteral("complaint"), e.complaint},
        {QStringLiteral("onset"), json::orNull(e.onsetDate)},
        {QStringLiteral("opened"), json::orNull(e.openedOn)},
        {QStringLiteral("closed"), json::orNull(e.closedOn)},
        {QStringLiteral("open"), e.isOpen()},
        {QStringLiteral("phase"), json::orNull(phase)},
        {QStringLiteral("version"), e.version},
    };
}

QJsonObject PatientJson::condition(const Condition& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("episode_id"), c.episodeId},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), DataTexts::display().conditionName(c.code)},
        {QStringLiteral("side"), json::orNull(Condition::sideCode(c.side))},
        {QStringLiteral("amount"), json::orNull(c.amount)},
        {QStringLiteral("onset"), json::orNull(c.onsetDate)},
        {QStringLiteral("status"), Condition::statusCode(c.status)},
        {QStringLiteral("note"), json::orNull(c.note)},
        {QStringLiteral("version"), c.version},
    };
}

QDate PatientArgs::parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!iso.match(t).hasMatch())
        return {};
    return QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
}

qint64 PatientArgs::parseId(const QString& text)
{
    return recordId(text).value_or(0);
}

QCommandLineOption PatientArgs::ifVersionOption()
{
    return QCommandLineOption(QStringLiteral("if-version"),
                              Tr::tr("Refuse the change unless the record is still at version N "
                                     "(shown as \"version\" by --json); nothing is written "
                                     "when another desk changed it meanwhile."),
                              QStringLiteral("N"));
}

Result<std::optional<int>> PatientArgs::parseIfVersion(const QCommandLineParser& parser,
                                                       const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int version = parser.value(option).toInt(&ok);
    if (!ok || version < 1)
        return Error{QStringLiteral("usage"),
                     Tr::tr("--if-version must be a positive whole number, found '%1'.")
                         .arg(parser.value(option)),
                     ErrorKind::Invalid};
    return std::optional<int>(version);
}

int PatientArgs::exitCodeFor(const Error& error)
{
    if (error.code == QLatin1String("demo.count") || error.code == QLatin1String("demo.visits"))
        return ExitUsage;
    return exitCodeForKind(error.kind());
}

} // namespace gradus::cli
