#pragma once

#include "model/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

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
    };
    static constexpr int kPatientsWithVisits = 150;

    // Patients only, in memory (not stored; ids are 0): for benchmarks and tests.
    static QList<Patient> makePatients(int count, quint32 seed, const QDate& today);

    // Writes `count` patients with their episodes and conditions in one transaction, dated
    // relative to the workspace clock, then announces a reset of patients, episodes and
    // conditions. Nothing is written when any step fails. Error "demo.count" when `count`
    // is outside 1..kMaximumPatients.
    static Result<Summary> create(Workspace& workspace, int count, quint32 seed = kDefaultSeed);
};

} // namespace gradus
