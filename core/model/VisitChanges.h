#pragma once

#include "model/Visit.h"

#include <QCoreApplication>
#include <QStringList>

namespace gradus {

// What an amendment changed, field by field, for the visit history ("Pain now: 6 → 5").
class VisitChanges
{
    Q_DECLARE_TR_FUNCTIONS(VisitChanges)

public:
    static QStringList describe(const VisitRecord& before, const VisitRecord& after);
};

} // namespace gradus
