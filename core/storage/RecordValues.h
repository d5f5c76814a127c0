#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// Conversions between value types and the portable column formats of the schema (ISO text
// dates and UTC time stamps, NULL for "not recorded"), shared by the repositories.
namespace gradus::RecordValues {

inline QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("yyyy-MM-dd")))
                           : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString stamp(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toStamp(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline QVariant integer(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

inline std::optional<int> toInteger(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace gradus::RecordValues
