#pragma once

#include "safety/RedFlagScreen.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace gradus {

class Workspace;

// A patient's red-flag screens (CLINICAL.md section 1) as the views and the CLI use them:
// record a screen, record the clinician's decision on its flags, read them back. A screen is
// never rewritten; a decision is recorded once per flag, with a note (RedFlagRepository holds
// the checks and the SQL). Every change is announced as Kind::Screen.
class RedFlagScreens
{
public:
    explicit RedFlagScreens(Workspace& workspace);

    Result<qint64> record(const RedFlagScreen& screen);
    // One decision on the given flags, of one or several screens of the same patient, in one
    // unit of work: each must be on its screen and without a decision, or nothing is written.
    Status decide(const QList<RedFlagRef>& flags, RedFlagDecision decision, const QString& note,
                  const QString& who);
    // The same decision on every flag of one screen that has none yet.
    Status decideScreen(qint64 screenId, RedFlagDecision decision, const QString& note,
                        const QString& who);
    Result<RedFlagScreen> screen(qint64 id);
    // Oldest first.
    Result<QList<RedFlagScreen>> forPatient(qint64 patientId);

private:
    Workspace& m_workspace;
};

} // namespace gradus
