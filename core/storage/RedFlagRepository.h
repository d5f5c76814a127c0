#pragma once

#include "safety/RedFlagScreen.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// Red-flag screens (tables red_flag_screen, red_flag_screen_flag; resources/sql/0006_safety.sql).
// A screen is recorded once and never rewritten; the only later change is recording the
// decision on a screen that has none yet. Announces Kind::Screen on the StoreNotifier.
class RedFlagRepository
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagRepository)

public:
    explicit RedFlagRepository(Workspace& workspace);

    // Validates codes against RedFlagCatalog::builtIn(), the decision needs a positive
    // screen, a note is required with a decision; date defaults to the clock's today.
    Result<qint64> record(const RedFlagScreen& screen);
    // Records the decision on a screen that has none yet.
    Status decide(qint64 screenId, RedFlagDecision decision, const QString& note,
                  const QString& who);

    Result<RedFlagScreen> get(qint64 id);
    // Oldest first.
    Result<QList<RedFlagScreen>> forPatient(qint64 patientId);
    // The newest screen (by date, then id), or none.
    Result<std::optional<RedFlagScreen>> latest(qint64 patientId);

private:
    Result<QList<RedFlagScreen>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

} // namespace gradus
