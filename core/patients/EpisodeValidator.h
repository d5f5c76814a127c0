#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "patients/ConditionCatalog.h"
#include "patients/FieldIssue.h"

#include <QCoreApplication>
#include <QDate>

namespace gradus {

// Checks episodes of care and the conditions of their clinical profile before they are
// written. "One open episode per patient" needs the store and is checked by
// EpisodeRepository.
class EpisodeValidator
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeValidator)

public:
    static constexpr int kMaximumComplaintLength = 200;

    static Episode normalized(Episode episode);
    static FieldIssues check(const Episode& episode, const QDate& today);

    static Condition normalized(Condition condition);
    // Field names: "code", "side", "amount", "onset", "status".
    static FieldIssues check(const Condition& condition, const ConditionCatalog& catalog,
                             const QDate& today);
};

} // namespace gradus
