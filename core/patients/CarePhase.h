#pragma once

#include "model/Episode.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gradus {

// The phase of care, derived from how long ago the complaint began: acute under 6 weeks,
// subacute from 6 to 12 weeks, chronic beyond 12 weeks (the usual low back pain
// convention, NICE NG59). Dates come from the injectable Clock so that tests can say
// "seven weeks later".
class CarePhase
{
    Q_DECLARE_TR_FUNCTIONS(CarePhase)

public:
    enum class Phase
    {
        Unknown,
        Acute,
        Subacute,
        Chronic
    };

    // Unknown when the onset is unknown or after `today`.
    static Phase at(const QDate& onset, const QDate& today);
    // An open episode's phase today; a closed episode's phase on the day it closed.
    static Phase of(const Episode& episode, const Clock& clock);
    // Whole weeks from onset to `today`; -1 when unknown.
    static int weeksSince(const QDate& onset, const QDate& today);

    // Stable spellings for JSON: "acute", "subacute", "chronic", "" for Unknown.
    static QString code(Phase phase);
    static QString displayName(Phase phase);
};

} // namespace gradus
