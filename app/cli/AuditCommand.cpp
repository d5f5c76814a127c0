#include "Commands.h"

#include "CliArguments.h"
#include "JsonValues.h"
#include "PatientJson.h"
#include "storage/AuditTrail.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

QJsonObject entryJson(const AuditEntry& e)
{
    return QJsonObject{{u"id"_qs, e.id},
                       {u"changed_at"_qs, e.changedAt.toString(Qt::ISODateWithMs)},
                       {u"author"_qs, e.author},
                       {u"table"_qs, e.table},
                       {u"record_id"_qs, e.recordId},
                       {u"action"_qs, e.action},
                       {u"patient_id"_qs, e.patientId ? QJsonValue(e.patientId) : QJsonValue()},
                       {u"changed"_qs, QJsonArray::fromStringList(e.changedColumns())},
                       {u"old"_qs, json::orNull(e.oldValues)},
                       {u"new"_qs, json::orNull(e.newValues)}};
}

int run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption patient(u"patient"_qs, Tr::tr("Changes to this patient's records."),
                                     u"ID"_qs);
    const QCommandLineOption record(
        u"record"_qs, Tr::tr("Changes to one record, e.g. programme:12."), u"TABLE:ID"_qs);
    const QCommandLineOption limit(u"limit"_qs, Tr::tr("At most N entries (default 200)."), u"N"_qs,
                                   u"200"_qs);
    // The store is opened once the options have been checked.
    const CliArgs a(
        ctx, args,
        {.usageName = u"audit"_qs,
         .description = Tr::tr(
             "Show the audit trail: every insert, update and delete the database recorded, newest "
             "first. Values are printed with --json only (they may hold clinical text).\nJSON: an "
             "array of objects with id, changed_at, author, table, record_id, action, patient_id, "
             "changed (the columns that changed), old and new."),
         .options = {patient, record, limit},
         .json = true});
    if (auto stop = a.stop())
        return *stop;
    if (a.isSet(patient) == a.isSet(record))
        return ctx.usage(Tr::tr("audit needs one of --patient ID or --record TABLE:ID."));
    bool ok = false;
    const int max = a.value(limit).toInt(&ok);
    if (!ok || max < 1)
        return ctx.usage(
            Tr::tr("--limit must be a whole number of at least 1 (not '%1').").arg(a.value(limit)));

    qint64 patientId = 0;
    QString table;
    qint64 recordId = 0;
    if (a.isSet(patient)) {
        patientId = PatientArgs::parseId(a.value(patient));
        if (patientId == 0)
            return ctx.usage(
                Tr::tr("'%1' is not a patient id (a whole number).").arg(a.value(patient)));
    } else {
        const QStringList parts = a.value(record).split(u':');
        if (parts.size() == 2)
            recordId = PatientArgs::parseId(parts[1]);
        table = parts.value(0).trimmed().toLower();
        static const QRegularExpression name(u"^[a-z_]+$"_qs);
        if (parts.size() != 2 || recordId == 0 || !name.match(table).hasMatch())
            return ctx.usage(Tr::tr("--record must be TABLE:ID, e.g. programme:12 (not '%1').")
                                 .arg(a.value(record)));
    }

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error(), PatientArgs::exitCodeFor(ws.error()));
    AuditTrail trail((*ws)->db());
    auto entries =
        patientId ? trail.forPatient(patientId, max) : trail.forRecord(table, recordId, max);
    if (!entries)
        return ctx.fail(entries.error(), PatientArgs::exitCodeFor(entries.error()));

    if (a.json()) {
        QJsonArray array;
        for (const AuditEntry& e : *entries)
            array.append(entryJson(e));
        ctx.printJson(array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        ctx.out() << Tr::tr("No changes recorded.") << "\n";
        return ExitOk;
    }
    for (const AuditEntry& e : *entries) {
        const QStringList changed = e.changedColumns();
        ctx.out() << e.changedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs) << "  "
                  << e.author << "  " << e.action << " " << e.table << " " << e.recordId;
        if (e.action == QLatin1String("update") && !changed.isEmpty())
            ctx.out() << ": " << changed.join(u", "_qs);
        ctx.out() << "\n";
    }
    return ExitOk;
}

} // namespace

// `gradus-cli audit --patient ID | --record TABLE:ID [--limit N] [--json]`: who changed
// what and when, as the database recorded it (newest first). Read-only.
CliCommand auditCommand()
{
    return CliCommand(QStringLiteral("audit"),
                      Tr::tr("Show who changed a patient's records or one record, and when"), run);
}

} // namespace gradus::cli
