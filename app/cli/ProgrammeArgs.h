#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace gradus::cli {

// Argument parsing shared by the programme sub-commands.
inline std::optional<qint64> positiveId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

inline std::optional<QDate> isoDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace gradus::cli
