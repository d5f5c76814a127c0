#include "storage/ServerStatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QTime>
#include <QUuid>

namespace gradus::ServerStatement {
namespace {

// What Qt's drivers bind as NULL: a null variant, and a null string, byte array, date, time
// or id (a value the storage layer uses on purpose for "none").
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return v.toDate().isNull();
    case QMetaType::QTime:
        return v.toTime().isNull();
    case QMetaType::QDateTime:
        return v.toDateTime().isNull();
    case QMetaType::QUuid:
        return v.toUuid().isNull();
    default:
        return false;
    }
}

} // namespace

std::optional<QString> withValues(const QString& sql, const QVariantList& values,
                                  const std::function<QString(const QVariant&)>& literal)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            // A quoted string or name, with its doubled quotes, goes through unchanged.
            const qsizetype start = i;
            for (++i; i < n; ++i) {
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c)
                        ++i;
                    else
                        break;
                }
            }
            out += QStringView(sql).mid(start, i - start + 1);
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'?') {
            if (next >= values.size())
                return std::nullopt;
            out += literal(values.at(next++));
        } else {
            out += c;
        }
    }
    if (next != values.size())
        return std::nullopt;
    return out;
}

QString literal(const QSqlDriver* driver, const QVariant& value)
{
    QSqlField field(QString(), value.metaType());
    if (isNullValue(value))
        field.clear();
    else
        field.setValue(value);
    return driver->formatValue(field);
}

} // namespace gradus::ServerStatement
