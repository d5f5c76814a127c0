#include "DbCommand.h"

#include "Workspace.h"
#include "storage/AuditTrail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace gradus::cli {

int DbCommand::watch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print one line per change committed to the database from now on, by any desk or "
           "script: time, author, action, table and record id (no values). Runs until "
           "interrupted, or until --count changes were printed.\nJSON: one object per line "
           "with id, changed_at, author, action, table, record_id and patient_id."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON lines."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N changes."),
                                   QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Look every MS milliseconds (default 1000)."),
                                      QStringLiteral("MS"), QStringLiteral("1000"));
    parser.addOptions({json, count, interval});
    if (auto stop = parse(ctx, parser, QStringLiteral("db watch"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("db watch takes no arguments."));
    bool ok = true;
    const int limit = parser.isSet(count) ? parser.value(count).toInt(&ok) : 0;
    if (!ok || limit < 0)
        return ctx.usage(tr("--count must be a whole number (not '%1').").arg(parser.value(count)));
    const int every = parser.value(interval).toInt(&ok);
    if (!ok || every < 50 || every > 60000)
        return ctx.usage(tr("--interval must be between 50 and 60000 milliseconds (not '%1').")
                             .arg(parser.value(interval)));

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    AuditTrail trail((*ws)->db());
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
            if (parser.isSet(json)) {
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

} // namespace gradus::cli
