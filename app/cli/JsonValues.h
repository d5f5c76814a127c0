#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// How the CLI's JSON writes a value that may be missing: null, never an empty string, a zero
// or an invalid date, so that a script can tell "not recorded" from a recorded value.
namespace gradus::cli::json {

template <typename T> QJsonValue orNull(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

inline QJsonValue orNull(const QJsonObject& object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

// YYYY-MM-DD.
inline QJsonValue orNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(QStringLiteral("yyyy-MM-dd")))
                          : QJsonValue(QJsonValue::Null);
}

// ISO 8601 in UTC with milliseconds.
inline QJsonValue orNull(const QDateTime& stamp)
{
    return stamp.isValid() ? QJsonValue(stamp.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

} // namespace gradus::cli::json
