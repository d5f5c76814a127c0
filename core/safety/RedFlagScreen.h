#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gradus {

// The clinician's decision on a positive red-flag screen (CLINICAL.md section 1).
enum class RedFlagDecision
{
    Referred,
    Discussed,
    NotApplicable,
};

QString redFlagDecisionCode(RedFlagDecision decision); // referred, discussed, not_applicable
std::optional<RedFlagDecision> redFlagDecisionFromCode(const QString& code);
QString redFlagDecisionLabel(RedFlagDecision decision);

// One red-flag screen of a patient: at the first visit and at each review.
struct RedFlagScreen
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString clinician;
    QStringList flags; // codes of resources/safety/redflags.json present; empty = screen clear
    std::optional<RedFlagDecision> decision;
    QString note;
    QDateTime decidedAt;
    QString decidedBy;
    QDateTime createdAt;

    bool positive() const { return !flags.isEmpty(); }
    // A positive screen without a decision: handouts are blocked until one is recorded.
    bool unresolved() const { return positive() && !decision.has_value(); }
};

} // namespace gradus
