#include "DbCommand.h"

#include "CliArguments.h"
#include "Workspace.h"
#include "storage/AuditTrail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace gradus::cli::db {

int watch(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON lines."));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("Stop after N changes."),
                                   QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Tr::tr("Look every MS milliseconds (default 1000)."),
                                      QStringLiteral("MS"), QStringLiteral("1000"));
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("db watch"),
         .description = Tr::tr(
             "Print one line per change committed to the database from now on, by any desk or "
             "script: time, author, action, table and record id (no values). Runs until "
             "interrupted, or until --count changes were printed.\nJSON: one object per line "
             "with id, changed_at, author, action, table, record_id and patient_id."),
         .options = {count, interval},
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    bool ok = true;
    const int limit = a.isSet(count) ? a.value(count).toInt(&ok) : 0;
    if (!ok || limit < 0)
        return ctx.usage(Tr::tr("--count must be a whole number (not '%1').").arg(a.value(count)));
    const int every = a.value(interval).toInt(&ok);
    if (!ok || every < 50 || every > 60000)
        return ctx.usage(Tr::tr("--interval must be between 50 and 60000 milliseconds (not '%1').")
                             .arg(a.value(interval)));

    AuditTrail trail(a.workspace().db());
    auto last = trail.lastId();
    if (!last)
        return ctx.fail(last.error());
    qint64 seen = *last;
    int printed = 0;
    for (;;) {
        auto entries = trail.since(seen, 500);
        if (!entries)
            return ctx.fail(entries.error());
        for (const AuditEntry& e : *entries) {
            seen = e.id;
            if (a.json()) {
                const QJsonObject o{
                    {QStringLiteral("id"), e.id},
                    {QStringLiteral("changed_at"), e.changedAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("author"), e.author},
                    {QStringLiteral("action"), e.action},
                    {QStringLiteral("table"), e.table},
                    {QStringLiteral("record_id"), e.recordId},
                    {QStringLiteral("patient_id"),
                     e.patientId ? QJsonValue(e.patientId) : QJsonValue()}};
                ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                ctx.out() << e.changedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << "  "
                          << e.author << "  " << e.action << " " << e.table << " " << e.recordId
                          << Qt::endl;
            }
            if (limit > 0 && ++printed >= limit)
                return ExitOk;
        }
        QThread::msleep(static_cast<unsigned long>(every));
    }
}

} // namespace gradus::cli::db
