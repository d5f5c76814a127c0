#pragma once

#include "model/Exercise.h"
#include "model/Prescription.h"
#include "pacing/GradedActivityPlan.h"
#include "settings/ClinicLogo.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

// One exercise on the handout: the library content and how it is prescribed.
struct HandoutItem
{
    QString section; // the programme section it belongs to ("Warm-up"); may be empty
    Exercise exercise;
    Prescription prescription;
};

// A graded activity plan printed week by week (CLINICAL.md 3).
struct HandoutPacing
{
    QString activity; // "Walking"
    GradedActivityPlan plan;
    // The step the patient is on (a stored plan under way): earlier weeks are not printed.
    int fromWeek = 1;
    // The exercise the plan paces (exercise.id; 0 = none): its dose line points to the plan,
    // so the patient reads one amount, not two.
    qint64 exerciseId = 0;
};

// Everything a handout shows, gathered once: from a Programme value, the patient, the
// exercises looked up by id, the clinic's settings, and optionally a pacing plan. A plain
// value, so the builder needs no database and tests can build one directly.
struct HandoutContent
{
    Q_DECLARE_TR_FUNCTIONS(HandoutContent)

public:
    qint64 patientId = 0;
    QString patientName;
    QString clinicName;
    QString clinicAddress;
    QString clinicPhone;
    QString clinicEmail;
    QString clinicWebsite;
    ClinicLogo clinicLogo; // null = no logo
    QString clinician;
    QDate date;
    QString programmeName;
    QString goal;
    QDate reviewDate;
    QList<HandoutItem> items;
    std::optional<HandoutPacing> pacing;
    QString language;    // the handout's language code; empty = English
    int painSafeMax = 2; // CLINICAL.md 3 pain-monitoring model (clinic settings)
    int painAcceptableMax = 5;

    struct Options
    {
        QString clinician;
        QDate date; // invalid = today by the workspace clock
        // Empty: the patient's preferred language, else the clinic's handout language when
        // one is set, else the application's.
        QString language;
        std::optional<HandoutPacing> pacing;
    };

    // HandoutAssembly (core/services) fills one from the store.

    // A programme for ad-hoc prescriptions: each exercise with its library default dose.
    static Programme adHocProgramme(qint64 patientId, const QList<Exercise>& exercises,
                                    const QString& name);

    // Weeks of the tick-box diary: up to the review date (1-6 weeks), otherwise 4.
    int diaryWeeks() const;
};

} // namespace gradus
