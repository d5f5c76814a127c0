#pragma once

#include "model/Measure.h"
#include "model/Visit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gradus {

// The history panel's text: every revision of a visit or measure, who made it, when and why,
// and what it changed. The original is always the first entry.
class RecordHistoryHtml
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistoryHtml)

public:
    static QString forVisit(const Visit& current, const QList<VisitRevision>& history);
    static QString forMeasure(const Measure& current, const QList<MeasureRevision>& history);
};

} // namespace gradus
