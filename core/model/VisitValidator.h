#pragma once

#include "model/Visit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gradus {

// The fields of a visit form, so that a message can be shown beside the field it is about.
enum class VisitField
{
    Date,
    Time,
    Clinician,
    PainNow,
    PainBest,
    PainWorst,
    PainExercise,
    PainNextMorning,
    ActivityMinutes,
    Steps,
    Adherence,
    Notes,
};

struct VisitFieldError
{
    VisitField field;
    QString message;
};

// Checks a visit record before anything is written. The repository refuses a record with
// errors; the dialog shows them at the field; the CLI prints the first.
class VisitValidator
{
    Q_DECLARE_TR_FUNCTIONS(VisitValidator)

public:
    // `now` comes from the Workspace clock, so "not in the future" is testable.
    static QList<VisitFieldError> validate(const VisitRecord& record, const QDateTime& now);
    // All errors in one message, or success.
    static Status check(const VisitRecord& record, const QDateTime& now);

    // Parses an NPRS value typed as text: a whole number 0-10. `what` names the field in the
    // message ("Pain now").
    static Result<int> parsePain(const QString& text, const QString& what);
    // "3/5" -> {3, 5}.
    static Result<std::pair<int, int>> parseAdherence(const QString& text);

    static QString fieldLabel(VisitField field);

    // Leg-symptom codes for storage and the CLI: none, centralising, stable, peripheralising.
    static QString legSymptomsCode(LegSymptoms value);
    static std::optional<LegSymptoms> legSymptomsFromCode(const QString& code);
    static QString legSymptomsLabel(LegSymptoms value);

    static constexpr int kMaxActivityMinutes = 24 * 60;
    static constexpr int kMaxSteps = 200000;
    static constexpr int kMaxSessions = 200;
};

} // namespace gradus
