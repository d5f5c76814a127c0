#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace gradus {

// Reads and writes one exercise in the JSON form of resources/exercises/SCHEMA.md. Reading is
// strict: every key must be known and every value valid, and an error names the field
// ("field 'dose.reps' must be a whole number from 1 to 100, found \"ten\"").
class ExerciseJson
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseJson)

public:
    enum class Mode
    {
        // The shipped library: every teaching field and an illustration are required; the
        // clinic's own fields (origin, retired, image) are not allowed.
        Library,
        // An export made by `gradus-cli exercise export`: the teaching fields may be empty,
        // the clinic's fields are allowed.
        Import,
    };

    static Result<Exercise> fromJson(const QJsonObject& json, Mode mode);
    // `withClinicFields` adds origin, based_on, retired and the image (base64), as exports do.
    static QJsonObject toJson(const Exercise& exercise, bool withClinicFields);
    // The checks fromJson makes on content, for exercises edited in the app as well.
    static Status validate(const Exercise& exercise, Mode mode);
    // A hash of everything a library upgrade may change (not the clinic's fields): equal
    // hashes mean equal content.
    static QString contentHash(const Exercise& exercise);

    static const QRegularExpression& stableIdPattern();
    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxTextLength = 400;
    static constexpr int kMaxSteps = 15;
};

} // namespace gradus
