#pragma once

#include "model/Exercise.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace gradus::ExerciseRows {

// How an Exercise maps to a row of the exercise table: ExerciseRepository's SQL reads and
// writes through these, so the column list and the values bound to it stay in one place.

// Every column but the id and the image bytes, in the order binds() writes them.
const QStringList& columns();
// "id, <columns>, row_version" and, when asked, the image bytes.
QString selectColumns(bool withImage);
QVariantList binds(const Exercise& exercise);
Exercise fromRecord(const QSqlQuery& query, bool withImage);
// The exercise table's time stamps: UTC, ISO 8601 to the second.
QString timestamp(const QDateTime& when);

} // namespace gradus::ExerciseRows
