#pragma once

#include "safety/RedFlagScreen.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace gradus {

class Workspace;

// A red flag recorded on one of the patient's screens that has no decision yet.
struct UndecidedRedFlag
{
    qint64 screenId = 0;
    QDate screenDate;
    QString code;
};

// The red-flag gate every handout print or export passes (CLINICAL.md section 1): refused
// while any flag, on any of the patient's screens and of any date, has no recorded decision.
// A later screen that does not find the flag again does not decide it (a history of cancer
// stays true whether or not it is ticked again; a saddle numbness reported once needs an
// answer), and a screen entered late with an earlier date counts like any other: only a
// decision on that flag, with its note, opens the gate. This holds for every tier; emergency
// and urgent flags come first in the message. Error code "handout.red_flags", kind Refused.
class HandoutGate
{
    Q_DECLARE_TR_FUNCTIONS(HandoutGate)

public:
    static Status check(Workspace& workspace, qint64 patientId);
    // Every undecided flag of the patient: the most urgent tier first, then the oldest screen.
    static Result<QList<UndecidedRedFlag>> undecided(Workspace& workspace, qint64 patientId);
    // The same from screens already read (oldest first), for a view that shows them too.
    static QList<UndecidedRedFlag> undecidedIn(const QList<RedFlagScreen>& screens);
};

} // namespace gradus
