#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "model/Measure.h"
#include "model/Patient.h"
#include "model/Visit.h"

#include <QString>
#include <QVariantList>

// The columns of the records the repositories and the bulk writer (BulkRecords) both insert,
// with their values in the same order, so that a column is added in one place and every
// writer writes a record the same way. Each is defined beside its repository.
namespace gradus::RecordColumns {

// patient: names through language (not id or row_version); `created` and `updated` are stamps.
QString patient();
QVariantList patientValues(const Patient& patient, const QString& created, const QString& updated);

// episode: patient_id through updated_at.
QString episode();
QVariantList episodeValues(const Episode& episode, const QString& created, const QString& updated);

// episode_condition: episode_id through updated_at.
QString condition();
QVariantList conditionValues(const Condition& condition, const QString& created,
                             const QString& updated);

// visit_revision's content columns, in the order visitValues() gives them.
QString visit();
QVariantList visitValues(const VisitRecord& record);

// measure_revision's score, subscale and band.
QVariantList scoreValues(const MeasureScore& score);

} // namespace gradus::RecordColumns
