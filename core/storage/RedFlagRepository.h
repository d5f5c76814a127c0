#pragma once

#include "safety/RedFlagScreen.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Red-flag screens (tables red_flag_screen, red_flag_screen_flag; resources/sql/0006_safety.sql
// and 0008_red_flag_decisions.sql). A screen is recorded once and never rewritten; the only
// later change is recording the decision on flags that have none yet, each flag on its own.
// Announces Kind::Screen on the StoreNotifier.
class RedFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagRepository)

public:
    using FlagRef = RedFlagRef;

    explicit RedFlagRepository(Workspace& workspace);

    // Validates codes against RedFlagCatalog::builtIn(), the decision needs a positive
    // screen, a note is required with a decision (it then holds for every flag); date defaults
    // to the clock's today and may be earlier (a screen entered late).
    Result<qint64> record(const RedFlagScreen& screen);
    // Records the decision on every flag of the screen that has none yet (error
    // "screen.decided" when none is left).
    Status decide(qint64 screenId, RedFlagDecision decision, const QString& note,
                  const QString& who);
    // Records one decision on the given flags, of one or several screens of the same patient,
    // in one transaction: each must be on its screen and without a decision, or nothing is
    // written. Errors "screen.flag", "screen.decided", "screen.note", "screen.clinician".
    Status decideFlags(const QList<FlagRef>& flags, RedFlagDecision decision, const QString& note,
                       const QString& who);

    Result<RedFlagScreen> get(qint64 id);
    // Oldest first.
    Result<QList<RedFlagScreen>> forPatient(qint64 patientId);
    // The newest screen (by date, then id), or none.
    Result<std::optional<RedFlagScreen>> latest(qint64 patientId);

private:
    // The UPDATEs of decideFlags() and decide(), inside the caller's transaction.
    Status writeDecisions(const QList<FlagRef>& flags, RedFlagDecision decision,
                          const QString& note, const QString& who);
    Result<QList<RedFlagScreen>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

} // namespace gradus
