#include "VisitFixtures.h"

#include <QDateTime>
#include <QSqlQuery>

namespace gradus::test {

qint64 insertPatient(Database& db, const QString& given, const QString& family,
                     const QDate& dateOfBirth)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto id = db.insert(QStringLiteral("INSERT INTO patient (given_name, family_name, "
                                       "date_of_birth, search_text, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {given, family, dateOfBirth.toString(Qt::ISODate),
                         (given + u' ' + family).toLower(), now, now});
    return id ? *id : -1;
}

qint64 insertEpisode(Database& db, qint64 patientId, const QString& complaint,
                     const QDate& openedOn)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto id = db.insert(QStringLiteral("INSERT INTO episode (patient_id, complaint, opened_on, "
                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                        {patientId, complaint, openedOn.toString(Qt::ISODate), now, now});
    return id ? *id : -1;
}

qint64 countRows(Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

} // namespace gradus::test
