#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gradus {
class ProgrammeTemplateRepository;
}

namespace gradus::cli {

// Argument parsing shared by the programme sub-commands (ids: recordId, CliArguments.h).
inline std::optional<QDate> isoDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// A clinic template named on the command line: "3" by record id, "sciatica_friendly_start" by a
// built-in's stable id. Error "template.not_found".
Result<qint64> findTemplate(ProgrammeTemplateRepository& repository, const QString& idOrStableId);

} // namespace gradus::cli
