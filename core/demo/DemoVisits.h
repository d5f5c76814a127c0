#pragma once

#include "model/Measure.h"
#include "model/Visit.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace gradus {

class Workspace;

// Fictional visits and outcome measures for an existing patient: a plausible recovery from
// low back pain (pain falling with the odd flare, activity rising, leg symptoms centralising,
// questionnaires improving) for demo data, screenshots and benchmarks. The same seed gives
// the same data. Visits end yesterday by the Workspace clock and go back weekly (more often
// when there are many). Everything goes through the repositories, in one transaction, and
// listeners get one reset per kind at the end.
Status addDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed);
// The same with `visitCount` visits (8 in the short form), for benchmarks.
Status addDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed, int visitCount);
// The same without announcing anything, for callers that write more in the same transaction
// and announce once when it commits (the demo clinic).
Status writeDemoVisits(Workspace& workspace, qint64 patientId, quint32 seed, int visitCount);

// One planned demo visit and the questionnaires taken at it (patient, episode and visit ids
// left for the writer to fill in).
struct DemoVisit
{
    VisitRecord record;
    QList<MeasureInput> measures;
};
// A course of `visitCount` visits ending on `last`, `spacing` days apart (none before
// `earliest` when it is valid): pain falling with the odd flare, questionnaires at the first,
// middle and last visit. The first PSFS names three activities unless `psfsNamed` holds the
// episode's names already. The same seed gives the same course.
QList<DemoVisit> planDemoVisits(quint32 seed, int visitCount, const QDate& last, int spacing,
                                const QDate& earliest, const QStringList& psfsNamed);

} // namespace gradus
