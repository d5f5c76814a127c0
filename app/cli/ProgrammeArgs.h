#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace gradus::cli {

// Argument parsing shared by the programme sub-commands (ids: recordId, CliArguments.h).
inline std::optional<QDate> isoDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace gradus::cli
