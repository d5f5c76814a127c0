#include "Commands.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "i18n/DataTexts.h"
#include "i18n/InSentence.h"
#include "i18n/Languages.h"
#include "patients/CarePhase.h"
#include "patients/ConditionCatalog.h"
#include "services/PatientEdits.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommand)
};

// The record fields `add` and `edit` accept, each an option with a value.
struct FieldOption
{
    const char* name;
    QString Patient::*member; // nullptr for the ones that need parsing (dob, sex)
    const char* description;
};

const FieldOption kFields[] = {
    {"given", &Patient::givenName, QT_TRANSLATE_NOOP("PatientCommand", "Given name.")},
    {"family", &Patient::familyName, QT_TRANSLATE_NOOP("PatientCommand", "Family name.")},
    {"preferred", &Patient::preferredName, QT_TRANSLATE_NOOP("PatientCommand", "Preferred name.")},
    {"dob", nullptr, QT_TRANSLATE_NOOP("PatientCommand", "Date of birth, YYYY-MM-DD.")},
    {"sex", nullptr, QT_TRANSLATE_NOOP("PatientCommand", "female, male or other (f, m, x).")},
    {"clinic-number", &Patient::clinicNumber,
     QT_TRANSLATE_NOOP("PatientCommand", "Clinic number (unique).")},
    {"phone", &Patient::phone, QT_TRANSLATE_NOOP("PatientCommand", "Phone number.")},
    {"email", &Patient::email, QT_TRANSLATE_NOOP("PatientCommand", "E-mail address.")},
    {"address", &Patient::address, QT_TRANSLATE_NOOP("PatientCommand", "Postal address.")},
    {"referral", &Patient::referralSource,
     QT_TRANSLATE_NOOP("PatientCommand", "Who referred the patient.")},
    {"notes", &Patient::notes, QT_TRANSLATE_NOOP("PatientCommand", "Free notes.")},
    {"language", nullptr,
     QT_TRANSLATE_NOOP("PatientCommand",
                       "Preferred language of handouts (see 'gradus-cli languages').")},
};

QList<QCommandLineOption> fieldOptions()
{
    QList<QCommandLineOption> options;
    for (const FieldOption& f : kFields)
        options << QCommandLineOption(QString::fromLatin1(f.name), Tr::tr(f.description),
                                      QStringLiteral("VALUE"));
    return options;
}

// Copies the options given on the command line onto `p`. An empty value clears a field.
std::optional<QString> applyFieldOptions(const QCommandLineParser& parser, Patient& p)
{
    for (const FieldOption& f : kFields) {
        const QString name = QString::fromLatin1(f.name);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        if (f.member) {
            p.*(f.member) = value;
        } else if (name == QLatin1String("dob")) {
            p.dateOfBirth = PatientArgs::parseDate(value);
            if (!p.dateOfBirth.isValid())
                return Tr::tr("--dob must be a date written YYYY-MM-DD (not '%1').").arg(value);
        } else if (name == QLatin1String("sex")) {
            p.sex = Sex::fromUserText(value);
            if (p.sex.isEmpty() && !value.trimmed().isEmpty())
                return Tr::tr("--sex must be female, male or other (not '%1').").arg(value);
        } else if (name == QLatin1String("language")) {
            p.language = Languages::fromUserText(value);
            if (p.language.isEmpty() && !value.trimmed().isEmpty())
                return Tr::tr("--language must be one of %1 (not '%2').")
                    .arg(Languages::codes().join(QStringLiteral(", ")), value);
        }
    }
    return std::nullopt;
}

// The one positional PATIENT_ID of show, edit, archive and delete.
CliPositional patientPositional()
{
    return {QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."), Tr::tr("patient")};
}

int failure(CliContext& ctx, const Error& error)
{
    if (error.code == QLatin1String("usage"))
        return ctx.usage(error.message);
    return ctx.fail(error, PatientArgs::exitCodeFor(error));
}

int add(CliContext& ctx, const QStringList& args)
{
    // The store is opened after the options are checked: this command may create it, and a
    // mistyped option must leave no empty database behind.
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("patient add"),
         .description = Tr::tr("Add a patient and print the new patient's id. --given, "
                               "--family and --dob are required.\nWith --json, print the "
                               "stored patient (fields as for 'patient show')."),
         .options = fieldOptions(),
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    Patient p;
    if (auto problem = applyFieldOptions(a.parser(), p))
        return ctx.usage(*problem);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    PatientRepository repo(**ws);
    auto id = repo.add(p);
    if (!id)
        return failure(ctx, id.error());
    if (a.json()) {
        auto stored = repo.get(*id);
        if (!stored)
            return ctx.fail(stored.error());
        ctx.printJson(PatientJson::full(*stored, ctx.clock().today()));
    } else {
        ctx.out() << *id << Qt::endl;
    }
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption search(QStringLiteral("search"), Tr::tr("Words to search for."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption archived(QStringLiteral("archived"),
                                      Tr::tr("Include archived patients."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("patient list"),
         .description = Tr::tr(
             "List patients by family name. --search keeps those whose names, clinic number or "
             "date of birth contain every word of TEXT, ignoring case and accents.\nJSON: an "
             "array of objects with id, given, family, dob, preferred, clinic_number, archived."),
         .options = {search, archived},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto patients = PatientRepository(a.workspace()).search(a.value(search), a.isSet(archived));
    if (!patients)
        return ctx.fail(patients.error());
    if (a.json()) {
        QJsonArray array;
        for (const Patient& p : *patients)
            array.append(PatientJson::summary(p));
        ctx.printJson(array);
        return ExitOk;
    }
    for (const Patient& p : *patients) {
        ctx.out() << QString::number(p.id).rightJustified(6) << "  "
                  << p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")) << "  "
                  << p.clinicNumber.leftJustified(12) << "  " << p.listName()
                  << (p.archived ? Tr::tr(" (archived)") : QString()) << "\n";
    }
    return ExitOk;
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("patient show"),
         .description = Tr::tr(
             "Show one patient.\nJSON: the fields of 'patient list' plus sex, phone, email, "
             "address, referral_source, notes, language, age, created_at, updated_at, and episodes "
             "(each "
             "with id, complaint, onset, opened, closed, open, phase and conditions)."),
         .positionals = {patientPositional()},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    Workspace& ws = a.workspace();
    auto patient = PatientRepository(ws).get(a.id(0));
    if (!patient)
        return failure(ctx, patient.error());
    auto episodes = EpisodeRepository(ws).forPatient(patient->id);
    if (!episodes)
        return ctx.fail(episodes.error());
    QList<QList<Condition>> conditions;
    for (const Episode& e : *episodes) {
        auto list = ConditionRepository(ws).forEpisode(e.id);
        if (!list)
            return ctx.fail(list.error());
        conditions.append(*list);
    }
    const QDate today = ctx.clock().today();
    if (a.json()) {
        QJsonObject o = PatientJson::full(*patient, today);
        QJsonArray episodeArray;
        for (qsizetype i = 0; i < episodes->size(); ++i) {
            QJsonObject e = PatientJson::episode(episodes->at(i), ctx.clock());
            QJsonArray conditionArray;
            for (const Condition& c : conditions.at(i))
                conditionArray.append(PatientJson::condition(c));
            e.insert(QStringLiteral("conditions"), conditionArray);
            episodeArray.append(e);
        }
        o.insert(QStringLiteral("episodes"), episodeArray);
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    const Patient& p = *patient;
    const auto line = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << label.leftJustified(16) << value << "\n";
    };
    line(Tr::tr("Patient:"), Tr::tr("%1 (id %2)%3")
                                 .arg(p.listName(), QString::number(p.id),
                                      p.archived ? Tr::tr(", archived") : QString()));
    line(Tr::tr("Born:"), Tr::tr("%1 (age %2)")
                              .arg(p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")))
                              .arg(p.ageOn(today)));
    line(Tr::tr("Sex:"), p.sex.isEmpty() ? QString() : Sex::displayName(p.sex));
    line(Tr::tr("Language:"),
         p.language.isEmpty() ? QString() : Languages::choiceLabel(p.language));
    line(Tr::tr("Clinic number:"), p.clinicNumber);
    line(Tr::tr("Phone:"), p.phone);
    line(Tr::tr("E-mail:"), p.email);
    line(Tr::tr("Address:"), p.address);
    line(Tr::tr("Referred by:"), p.referralSource);
    line(Tr::tr("Notes:"), QString(p.notes).replace(u'\n', QStringLiteral("\n                ")));
    const DataTexts& texts = DataTexts::display();
    for (qsizetype i = 0; i < episodes->size(); ++i) {
        const Episode& e = episodes->at(i);
        out << "\n"
            << Tr::tr("Episode %1: %2").arg(e.id).arg(e.complaint) << "\n"
            << "  "
            << Tr::tr("opened %1, %2, onset %3, phase %4")
                   .arg(e.openedOn.toString(QStringLiteral("yyyy-MM-dd")),
                        e.isOpen() ? Tr::tr("open")
                                   : Tr::tr("closed %1")
                                         .arg(e.closedOn.toString(QStringLiteral("yyyy-MM-dd"))),
                        e.onsetDate.isValid() ? e.onsetDate.toString(QStringLiteral("yyyy-MM-dd"))
                                              : Tr::tr("unknown"),
                        CarePhase::code(CarePhase::of(e, ctx.clock())).isEmpty()
                            ? Tr::tr("unknown")
                            : InSentence::carePhase(CarePhase::of(e, ctx.clock())))
            << "\n";
        for (const Condition& c : conditions.at(i)) {
            QString details = texts.conditionName(c.code);
            if (c.side != Condition::Side::None)
                details += QStringLiteral(", ") + Condition::sideCode(c.side);
            if (c.amount)
                details += QStringLiteral(", %1").arg(*c.amount);
            out << "  - " << details << " [" << Condition::statusCode(c.status) << "]\n";
        }
    }
    return ExitOk;
}

int edit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption ifVersion = PatientArgs::ifVersionOption();
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("patient edit"),
         .description = Tr::tr(
             "Change the given fields of a patient; an empty value (\"\") clears an optional "
             "field. Prints nothing, or with --json the stored patient."),
         .positionals = {patientPositional()},
         .options = fieldOptions() << ifVersion,
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    auto patient = PatientRepository(a.workspace()).get(a.id(0));
    if (!patient)
        return failure(ctx, patient.error());
    // The options apply to the record as stored when the change is saved, so another desk's
    // change to other fields meanwhile is kept.
    Patient check = *patient;
    if (auto problem = applyFieldOptions(a.parser(), check))
        return ctx.usage(*problem);
    const auto basedOn = PatientArgs::parseIfVersion(a.parser(), ifVersion);
    if (!basedOn)
        return ctx.usage(basedOn.error().message);
    auto saved = PatientEdits(a.workspace())
                     .edit(
                         patient->id,
                         [&](Patient& p) -> Status {
                             if (auto problem = applyFieldOptions(a.parser(), p))
                                 return Error{QStringLiteral("patient.invalid"), *problem,
                                              ErrorKind::Invalid};
                             return {};
                         },
                         *basedOn);
    if (!saved)
        return failure(ctx, saved.error());
    if (a.json())
        ctx.printJson(PatientJson::full(*saved, ctx.clock().today()));
    return ExitOk;
}

int archive(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption restore(QStringLiteral("restore"),
                                     Tr::tr("Restore instead of archive."));
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("patient archive"),
                     .description = Tr::tr("Archive a patient: hidden from lists unless asked for, "
                                           "nothing deleted. With --restore, bring an archived "
                                           "patient back."),
                     .positionals = {patientPositional()},
                     .options = {restore},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    PatientRepository patients(a.workspace());
    auto patient = patients.get(a.id(0));
    if (!patient)
        return failure(ctx, patient.error());
    const bool archived = !a.isSet(restore);
    if (auto st = patients.setArchived(patient->id, archived); !st)
        return failure(ctx, st.error());
    if (a.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), patient->id},
                                  {QStringLiteral("archived"), archived}});
    return ExitOk;
}

int erase(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Confirm the permanent deletion."));
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("patient delete"),
                     .description = Tr::tr("Delete a patient with all episodes and conditions, "
                                           "permanently (right to erasure). Requires --yes. Prints "
                                           "what was deleted."),
                     .positionals = {patientPositional()},
                     .options = {yes},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    PatientRepository patients(a.workspace());
    auto patient = patients.get(a.id(0));
    if (!patient)
        return failure(ctx, patient.error());
    if (!a.isSet(yes))
        return ctx.usage(Tr::tr("patient delete removes %1 (id %2, born %3) and all their records "
                                "permanently; it cannot be undone. Run it again with --yes to "
                                "confirm, or use 'patient archive' to hide the patient instead.")
                             .arg(patient->fullName(), QString::number(patient->id),
                                  patient->dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"))));
    auto erased = patients.erase(patient->id);
    if (!erased)
        return failure(ctx, erased.error());
    if (a.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), patient->id},
                                  {QStringLiteral("episodes"), erased->episodes},
                                  {QStringLiteral("conditions"), erased->conditions}});
    } else {
        ctx.out() << Tr::tr("Deleted patient %1 (episodes of care: %2, conditions: %3).")
                         .arg(patient->id)
                         .arg(erased->episodes)
                         .arg(erased->conditions)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

// `gradus-cli patient add|list|show|edit|archive|delete`: the patient records.
CliCommand patientCommand()
{
    return CliCommand(
        QStringLiteral("patient"), Tr::tr("Add, find, show, edit, archive and delete patients"),
        {
            {QStringLiteral("add"), Tr::tr("Add a patient; prints the new id"), add},
            {QStringLiteral("list"), Tr::tr("List patients, optionally matching a search"), list},
            {QStringLiteral("show"), Tr::tr("Show one patient with episodes and conditions"), show},
            {QStringLiteral("edit"), Tr::tr("Change fields of a patient"), edit},
            {QStringLiteral("archive"), Tr::tr("Archive (or with --restore, restore) a patient"),
             archive},
            {QStringLiteral("delete"), Tr::tr("Delete a patient and all their records permanently"),
             erase},
        });
}

} // namespace gradus::cli
