#pragma once

// What ProgrammeRepository's two source files share; not for other callers.

#include "log/Logging.h"
#include "notify/StoreNotifier.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RecordValues.h"

namespace gradus::programme_detail {

namespace V = RecordValues;
using Kind = StoreNotifier::Kind;

inline const auto logger = &logging::module<"programmes">;

inline Error notFound(qint64 id)
{
    return Error{QStringLiteral("programme.not_found"),
                 ProgrammeRepository::tr("There is no programme with id %1.").arg(id)};
}

inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace gradus::programme_detail
