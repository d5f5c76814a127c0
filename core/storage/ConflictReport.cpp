#include "storage/ConflictReport.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QLocale>

namespace gradus {

Error ConflictReport::make(Database& db, const QString& table, qint64 id, const QString& what,
                           int basedOn, int current)
{
    QStringList authors;
    QStringList fields;
    QDateTime last;
    if (auto entries = AuditTrail(db).forRecord(table, id, 50)) {
        for (const AuditEntry& e : *entries) {
            const int after = e.newValues.value(QStringLiteral("row_version")).toInt();
            if (e.action == QLatin1String("delete") || after <= basedOn)
                continue;
            if (!authors.contains(e.author))
                authors.append(e.author);
            // Keyed records (a clinic setting) name the key that changed, not "value".
            const QString key = e.newValues.value(QStringLiteral("key")).toString();
            const QStringList changed = key.isEmpty() ? e.changedColumns() : QStringList{key};
            for (const QString& column : changed) {
                QString label = column;
                label.replace(u'_', u' ');
                if (!fields.contains(label))
                    fields.append(label);
            }
            if (!last.isValid() || e.changedAt > last)
                last = e.changedAt;
        }
    }
    QString message;
    if (!authors.isEmpty())
        message =
            tr("%1 was changed by %2 at %3 (%4) after you read it (you edited version %5; "
               "it is now version %6). Nothing was written: read it again and make your "
               "change on the new version.")
                .arg(what, authors.join(QStringLiteral(", ")),
                     QLocale().toString(last.toLocalTime(), QLocale::ShortFormat),
                     fields.isEmpty() ? tr("no field shown") : fields.join(QStringLiteral(", ")))
                .arg(basedOn)
                .arg(current);
    else
        message = tr("%1 was changed elsewhere after you read it (you edited version %2; it is "
                     "now version %3). Nothing was written: read it again and make your change "
                     "on the new version.")
                      .arg(what)
                      .arg(basedOn)
                      .arg(current);
    return Error{table + QStringLiteral(".conflict"), message, ErrorKind::Conflict};
}

} // namespace gradus
