#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
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

// The clinician's decision on one red flag of a screen, with the note saying what was done.
struct RedFlagFlagDecision
{
    RedFlagDecision decision = RedFlagDecision::Discussed;
    QString note;
    QDateTime decidedAt;
    QString decidedBy;
};

// One red-flag screen of a patient: at the first visit and at each review.
struct RedFlagScreen
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString clinician;
    QStringList flags; // codes of resources/safety/redflags.json present; empty = screen clear
    // The decision on each flag, by code; a flag without an entry has no decision yet. This is
    // what the handout gate reads.
    QHash<QString, RedFlagFlagDecision> flagDecisions;
    // A decision recorded for the whole screen at once (when it was recorded, or on all its
    // undecided flags together); kept for the record. Each flag carries it too.
    std::optional<RedFlagDecision> decision;
    QString note;
    QDateTime decidedAt;
    QString decidedBy;
    QDateTime createdAt;

    bool positive() const { return !flags.isEmpty(); }
    bool decided(const QString& code) const { return flagDecisions.contains(code); }
    // The flags without a decision, in the order they were recorded.
    QStringList undecidedFlags() const
    {
        QStringList open;
        for (const QString& code : flags)
            if (!decided(code))
                open.append(code);
        return open;
    }
    // A flag of this screen has no decision: handouts are held back until one is recorded
    // (whatever screens come later; core/safety/HandoutGate).
    bool unresolved() const { return !undecidedFlags().isEmpty(); }
};

// One flag of one screen, as a decision names it.
struct RedFlagRef
{
    qint64 screenId = 0;
    QString code;
    friend bool operator==(const RedFlagRef&, const RedFlagRef&) = default;
};

} // namespace gradus
