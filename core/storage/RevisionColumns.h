#pragma once

#include "model/Measure.h"
#include "model/Visit.h"

#include <QString>
#include <QVariantList>

// The content columns of visit and measure revisions and their values, shared by the
// repositories and the bulk writer (BulkRecords) so that both write a record the same way.
namespace gradus::RevisionColumns {

// visit_revision's content columns, in the order visitValues() gives them.
QString visit();
QVariantList visitValues(const VisitRecord& record);

// measure_revision's score, subscale and band.
QVariantList scoreValues(const MeasureScore& score);

} // namespace gradus::RevisionColumns
