#include "storage/SqliteFileReader.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace gradus {

SqliteFileReader::SqliteFileReader(const QString& path)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("gradus-file-reader-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    m_open = db.open();
    m_openError = db.lastError().text();
}

SqliteFileReader::~SqliteFileReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString SqliteFileReader::integrityProblem() const
{
    QSqlQuery check(QSqlDatabase::database(m_name, false));
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
        return check.lastError().text();
    const QString said = check.value(0).toString();
    return said == QLatin1String("ok") ? QString() : said.left(200);
}

std::optional<int> SqliteFileReader::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.tables().contains(QStringLiteral("schema_meta")))
        return std::nullopt;
    QSqlQuery version(db);
    if (!version.exec(
            QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'")) ||
        !version.next())
        return std::nullopt;
    return version.value(0).toString().toInt();
}

qint64 SqliteFileReader::countRows(const QString& table) const
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.tables().contains(table))
        return 0;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace gradus
