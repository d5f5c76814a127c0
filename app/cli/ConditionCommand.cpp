#include "Commands.h"

#include "CliArguments.h"
#include "PatientJson.h"
#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "patients/ConditionCatalog.h"
#include "services/EpisodeRecords.h"
#include "services/PatientRecords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConditionCommand)
};

int failure(CliContext& ctx, const Error& error)
{
    return ctx.fail(error, PatientArgs::exitCodeFor(error));
}

int codes(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("condition codes"),
         .description = Tr::tr("List the condition codes.\nJSON: an array of objects with "
                               "code, name, description, source, side (whether a side can "
                               "be given) and amount (name, unit, minimum, maximum; null "
                               "when the code takes no number)."),
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    const ConditionCatalog& catalog = DataTexts::display().conditionCatalog();
    if (a.json()) {
        QJsonArray array;
        for (const ConditionDefinition& def : catalog.definitions()) {
            QJsonValue amount(QJsonValue::Null);
            if (def.amount)
                amount = QJsonObject{{QStringLiteral("name"), def.amount->name},
                                     {QStringLiteral("unit"), def.amount->unit},
                                     {QStringLiteral("minimum"), def.amount->minimum},
                                     {QStringLiteral("maximum"), def.amount->maximum}};
            array.append(QJsonObject{{QStringLiteral("code"), def.code},
                                     {QStringLiteral("name"), def.name},
                                     {QStringLiteral("description"), def.description},
                                     {QStringLiteral("source"), def.source},
                                     {QStringLiteral("side"), def.takesSide},
                                     {QStringLiteral("amount"), amount}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    for (const ConditionDefinition& def : catalog.definitions()) {
        QString extra;
        if (def.takesSide)
            extra += Tr::tr(" [--side]");
        if (def.amount)
            extra += Tr::tr(" [--amount %1, %2-%3]")
                         .arg(def.amount->unit)
                         .arg(def.amount->minimum)
                         .arg(def.amount->maximum);
        ctx.out() << def.code.leftJustified(28) << def.name << extra << "\n";
    }
    return ExitOk;
}

int add(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption onset(QStringLiteral("onset"), Tr::tr("Onset date, YYYY-MM-DD."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption side(QStringLiteral("side"), Tr::tr("left, right or both."),
                                  QStringLiteral("SIDE"));
    const QCommandLineOption amount(QStringList{QStringLiteral("amount"), QStringLiteral("weeks")},
                                    Tr::tr("The number the code carries (pregnancy: weeks)."),
                                    QStringLiteral("N"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A short note."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption resolved(QStringLiteral("resolved"), Tr::tr("Record it as resolved."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("condition add"),
         .description =
             Tr::tr("Add a coded condition to the patient's open episode of care, opening "
                    "one today when none is open. An episode opened here takes the --onset "
                    "of a complaint (such as sciatica) as its own onset: the phase of care "
                    "comes from it. Prints the new condition's id (with --json, the "
                    "condition with episode_opened telling whether an episode was opened)."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")},
                         {QStringLiteral("CODE"), Tr::tr("A code from 'condition codes'.")}},
         .options = {onset, side, amount, note, resolved},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);

    Condition c;
    c.code = a.text(1).trimmed();
    if (!ConditionCatalog::builtIn().find(c.code))
        return ctx.usage(Tr::tr("'%1' is not a known condition code (see 'gradus-cli condition "
                                "codes').")
                             .arg(c.code));
    if (a.isSet(onset)) {
        c.onsetDate = PatientArgs::parseDate(a.value(onset));
        if (!c.onsetDate.isValid())
            return ctx.usage(Tr::tr("--onset must be a date written YYYY-MM-DD (not '%1').")
                                 .arg(a.value(onset)));
    }
    if (a.isSet(side)) {
        const auto parsed = Condition::sideFromCode(a.value(side));
        if (!parsed || *parsed == Condition::Side::None)
            return ctx.usage(
                Tr::tr("--side must be left, right or both (not '%1').").arg(a.value(side)));
        c.side = *parsed;
    }
    if (a.isSet(amount)) {
        bool ok = false;
        c.amount = a.value(amount).toInt(&ok);
        if (!ok)
            return ctx.usage(
                Tr::tr("--amount must be a whole number (not '%1').").arg(a.value(amount)));
    }
    c.note = a.value(note);
    if (a.isSet(resolved))
        c.status = Condition::Status::Resolved;

    Workspace& workspace = a.workspace();
    // One unit of work: a refused condition does not leave a newly opened, empty episode.
    auto added = EpisodeEdits(workspace).addToOpenEpisode(patientId, c);
    if (!added)
        return failure(ctx, added.error());
    if (a.json()) {
        auto stored = EpisodeRecords(workspace).condition(added->conditionId);
        if (!stored)
            return ctx.fail(stored.error());
        QJsonObject o = PatientJson::condition(*stored);
        o.insert(QStringLiteral("episode_opened"), added->episodeOpened);
        ctx.printJson(o);
    } else {
        ctx.out() << added->conditionId << Qt::endl;
    }
    return ExitOk;
}

int edit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption onset(QStringLiteral("onset"),
                                   Tr::tr("Onset date, YYYY-MM-DD, or none."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption side(QStringLiteral("side"), Tr::tr("left, right or both."),
                                  QStringLiteral("SIDE"));
    const QCommandLineOption amount(
        QStringList{QStringLiteral("amount"), QStringLiteral("weeks")},
        Tr::tr("The number the code carries (pregnancy: weeks), or none."), QStringLiteral("N"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Tr::tr("A short note (replaces the old one)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption status(QStringLiteral("status"), Tr::tr("active or resolved."),
                                    QStringLiteral("STATUS"));
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("condition edit"),
                     .description = Tr::tr(
                         "Change a condition of a patient's clinical profile: only the options "
                         "given change. The onset dates the condition (for recent surgery: the "
                         "date of surgery); the safety check takes the phase of care from it. "
                         "'none' clears --onset or --amount. Prints the condition's id (with "
                         "--json, the condition)."),
                     .positionals = {{QStringLiteral("ID"),
                                      Tr::tr("The condition's id (see 'condition list')."),
                                      Tr::tr("condition")}},
                     .options = {onset, side, amount, note, status},
                     .json = true,
                     .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 id = a.id(0);
    if (!a.isSet(onset) && !a.isSet(side) && !a.isSet(amount) && !a.isSet(note) && !a.isSet(status))
        return ctx.usage(Tr::tr("condition edit needs at least one of --onset, --side, --amount, "
                                "--note or --status."));
    const auto isNone = [](const QString& v) {
        return v.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    };
    QDate onsetDate;
    if (a.isSet(onset) && !isNone(a.value(onset))) {
        onsetDate = PatientArgs::parseDate(a.value(onset));
        if (!onsetDate.isValid())
            return ctx.usage(Tr::tr("--onset must be a date written YYYY-MM-DD or none (not '%1').")
                                 .arg(a.value(onset)));
    }
    std::optional<Condition::Side> newSide;
    if (a.isSet(side)) {
        newSide = Condition::sideFromCode(a.value(side));
        if (!newSide || *newSide == Condition::Side::None)
            return ctx.usage(
                Tr::tr("--side must be left, right or both (not '%1').").arg(a.value(side)));
    }
    std::optional<int> newAmount;
    if (a.isSet(amount) && !isNone(a.value(amount))) {
        bool ok = false;
        newAmount = a.value(amount).toInt(&ok);
        if (!ok)
            return ctx.usage(
                Tr::tr("--amount must be a whole number or none (not '%1').").arg(a.value(amount)));
    }
    std::optional<Condition::Status> newStatus;
    if (a.isSet(status)) {
        newStatus = Condition::statusFromCode(a.value(status).trimmed().toLower());
        if (!newStatus)
            return ctx.usage(
                Tr::tr("--status must be active or resolved (not '%1').").arg(a.value(status)));
    }

    auto stored = EpisodeRecords(a.workspace()).condition(id);
    if (!stored)
        return failure(ctx, stored.error());
    // The copy as read carries its updatedAt: a change made meanwhile elsewhere is refused,
    // never overwritten.
    Condition changed = *stored;
    if (a.isSet(onset))
        changed.onsetDate = onsetDate;
    if (newSide)
        changed.side = *newSide;
    if (a.isSet(amount))
        changed.amount = newAmount;
    if (a.isSet(note))
        changed.note = a.value(note);
    if (newStatus)
        changed.status = *newStatus;
    auto updated = EpisodeEdits(a.workspace()).updateCondition(changed);
    if (!updated)
        return failure(ctx, updated.error());
    if (a.json())
        ctx.printJson(PatientJson::condition(*updated));
    else
        ctx.out() << updated->id << Qt::endl;
    return ExitOk;
}

int list(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Include closed episodes."));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("condition list"),
         .description = Tr::tr("List the conditions of the patient's open episode of care "
                               "(with --all, of every episode).\nJSON: an array of "
                               "objects with id, episode_id, code, name, side, amount, "
                               "onset, status, note."),
         .positionals = {{QStringLiteral("PATIENT_ID"), Tr::tr("The patient's id."),
                          Tr::tr("patient")}},
         .options = {all},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    const qint64 patientId = a.id(0);
    Workspace& workspace = a.workspace();
    if (auto patient = PatientRecords(workspace).get(patientId); !patient)
        return failure(ctx, patient.error());
    EpisodeRecords records(workspace);
    auto episodes = records.episodes(patientId);
    if (!episodes)
        return ctx.fail(episodes.error());
    QList<Condition> found;
    for (const Episode& e : *episodes) {
        if (!a.isSet(all) && !e.isOpen())
            continue;
        auto list = records.conditions(e.id);
        if (!list)
            return ctx.fail(list.error());
        found += *list;
    }
    if (a.json()) {
        QJsonArray array;
        for (const Condition& c : found)
            array.append(PatientJson::condition(c));
        ctx.printJson(array);
        return ExitOk;
    }
    const DataTexts& texts = DataTexts::display();
    for (const Condition& c : found) {
        QString details = texts.conditionName(c.code);
        if (c.side != Condition::Side::None)
            details += QStringLiteral(", ") + Condition::sideCode(c.side);
        if (c.amount)
            details += QStringLiteral(", %1").arg(*c.amount);
        ctx.out() << QString::number(c.id).rightJustified(6) << "  " << c.code.leftJustified(28)
                  << Condition::statusCode(c.status).leftJustified(9) << details << "\n";
    }
    return ExitOk;
}

} // namespace

// `gradus-cli condition codes|add|edit|list`: the coded clinical profile of a patient's open
// episode of care.
CliCommand conditionCommand()
{
    return CliCommand(
        QStringLiteral("condition"),
        Tr::tr("List condition codes; add, edit and list a patient's conditions"),
        {
            {QStringLiteral("codes"), Tr::tr("List the condition codes with their names"), codes},
            {QStringLiteral("add"), Tr::tr("Add a condition to a patient's open episode of care"),
             add},
            {QStringLiteral("edit"),
             Tr::tr("Change a condition's onset, side, amount, note or status"), edit},
            {QStringLiteral("list"), Tr::tr("List a patient's conditions"), list},
        });
}

} // namespace gradus::cli
