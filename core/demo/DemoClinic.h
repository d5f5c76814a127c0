#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace gradus {

class Workspace;

// A fictional clinic for trying the app and for benchmarks: patients with names from
// several languages, a spread of ages, and episodes of care whose clinical profiles make
// sense together (pregnancy only for women of child-bearing age, osteoporosis mostly in
// older patients, phases from acute to chronic). The same seed gives the same clinic.
// Every demo patient's notes say it is fictional, and clinic numbers start with "DEMO-".
class DemoClinic
{
    Q_DECLARE_TR_FUNCTIONS(DemoClinic)

public:
    static constexpr quint32 kDefaultSeed = 1789;
    static constexpr int kMaximumPatients = 200000;

    struct Summary
    {
        int patients = 0;
        int episodes = 0;
        int conditions = 0;
        int patientsWithVisits = 0; // the first patients with an open episode get visits
        qint64 visits = 0;
        qint64 measures = 0;
        qint64 rows = 0; // every row written, the audit trail's excepted
    };
    static constexpr int kPatientsWithVisits = 150;
    static constexpr qint64 kMaximumVisits = 10000000;

    struct Options
    {
        int patients = 0;
        // Visits spread over the patients and their episodes (each episode's course of care
        // with questionnaires at its first, middle and last visit). Unset: 8 visits for each
        // of the first kPatientsWithVisits patients with an open episode.
        std::optional<qint64> visits;
        quint32 seed = kDefaultSeed;
        // Called now and then with the patients written so far; returning false cancels, and
        // nothing is written (error "demo.cancelled").
        std::function<bool(int done, int total)> progress;
    };

    // Patients only, in memory (not stored; ids are 0): for benchmarks and tests.
    static QList<Patient> makePatients(int count, quint32 seed, const QDate& today);

    // Writes `count` patients with their episodes and conditions in one transaction, dated
    // relative to the workspace clock, then announces a reset of patients, episodes and
    // conditions. Nothing is written when any step fails. Error "demo.count" when `count`
    // is outside 1..kMaximumPatients.
    static Result<Summary> create(Workspace& workspace, int count, quint32 seed = kDefaultSeed);
    // The same with visits in bulk and progress: rows go many per statement (BulkRecords),
    // the whole clinic still in one transaction. Error "demo.visits" for a visit count
    // outside 0..kMaximumVisits.
    static Result<Summary> create(Workspace& workspace, const Options& options);
};

} // namespace gradus
