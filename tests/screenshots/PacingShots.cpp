#include "screenshots/PacingShots.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "pacing/GradedActivityPlan.h"
#include "pacing/PacingReviewDialog.h"
#include "pacing/PacingScheduleView.h"
#include "pacing/PacingTab.h"
#include "pacing/ReviewEngine.h"
#include "pacing/ReviewProposalWidget.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "services/PacingPlans.h"
#include "services/PacingReviews.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RedFlagRepository.h"
#include "storage/VisitRepository.h"
#include <QTabWidget>

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace gradus::pacingShots {
namespace {

// Walking: 10, 12 and 11 minutes before pain rose; goal 30 minutes a day in two bouts,
// started on Monday 7 September 2026. The screenshot clock says 21 November: week 11.
GradedActivityPlan walkingPlan()
{
    PlanParameters p;
    p.toleranceAttempts = {10, 12, 11};
    p.unit = PacingUnit::Minutes;
    p.goal = 30;
    p.boutsPerDay = 2;
    p.start = QDate(2026, 9, 7);
    return *GradedActivityPlan::create(p);
}

// A diary week: the quota done each day, pain during the walk and next morning.
ReviewData diaryWeek(const QList<int>& exercisePain, const QList<int>& morningPain)
{
    ReviewData d;
    for (int i = 0; i < exercisePain.size(); ++i)
        d.days << ReviewDay{QDate(2026, 11, 16).addDays(i), true, exercisePain[i], morningPain[i]};
    d.baselinePain = 3;
    d.previousWeekPain = 3;
    d.thisWeekPain = 3;
    d.legSymptoms = LegSymptoms::Stable;
    d.step = walkingPlan().reviewStep(11);
    return d;
}

ReviewProposalWidget* proposalWindow(QWidget* owner, const ReviewData& data)
{
    auto* widget = new ReviewProposalWidget(owner);
    widget->setWindowFlag(Qt::Window);
    widget->setWindowTitle(QStringLiteral("Review proposal"));
    widget->setDecision(*ReviewEngine().evaluate(data));
    widget->resize(760, 560);
    widget->show();
    return widget;
}

} // namespace

QWidget* pacingSchedule(QWidget* owner)
{
    auto* view = new PacingScheduleView(owner);
    view->setWindowFlag(Qt::Window);
    view->setWindowTitle(QStringLiteral("Graded walking"));
    view->setPlan(walkingPlan());
    // Weeks 1-10 as recorded at visits: a flare in week 4, a short week in week 9.
    view->setActuals(
        {{1, 8}, {2, 9}, {3, 10}, {4, 7}, {5, 10}, {6, 12}, {7, 13}, {8, 14}, {9, 12}, {10, 15}});
    view->setCurrentWeek(11);
    view->resize(1100, 640);
    view->show();
    return view;
}

QWidget* reviewProposal(QWidget* owner)
{
    // Two evenings in a row where the walk went to 6-7/10 and the morning after stayed up,
    // and one day the quota was cut short.
    ReviewData d = diaryWeek({3, 4, 6, 7, 4, 3}, {3, 3, 4, 5, 3, 3});
    d.days[3].quotaMet = false;
    d.thisWeekPain = 4;
    return proposalWindow(owner, d);
}

QWidget* reviewOverride(QWidget* owner)
{
    // One evening above the acceptable band: the app proposes to hold.
    ReviewProposalWidget* widget =
        proposalWindow(owner, diaryWeek({3, 4, 7, 4, 3, 3}, {3, 3, 3, 3, 3, 2}));
    widget->overrideButton()->click();
    widget->overrideOutcome()->setCurrentIndex(
        widget->overrideOutcome()->findText(QStringLiteral("Progress")));
    widget->overrideReason()->setPlainText(
        QStringLiteral("The 7/10 came after carrying shopping home, not from the walk; the walks "
                       "themselves stayed at 3-4/10."));
    return widget;
}

namespace {

const QString kClinician = QStringLiteral("Alex Physio");

// One weekly visit of the fictional patient: walking minutes a day and the pain diary.
VisitRecord weeklyVisit(const QDate& date, int minutes, int exercisePain, int morningPain)
{
    VisitRecord r;
    r.date = date;
    r.time = QTime(10, 0);
    r.clinician = kClinician;
    r.painNow = 3;
    r.painExercise = exercisePain;
    r.painNextMorning = morningPain;
    r.activityLabel = QStringLiteral("walking");
    r.activityMinutes = minutes;
    r.sessionsDone = 7;
    r.sessionsPlanned = 7;
    r.legSymptoms = LegSymptoms::Centralising;
    return r;
}

// Created once: Robin Example (fictional), a programme with walking and bird-dog, a walking
// plan started on 7 September 2026 and ten weekly visits, each decided at the time (one
// flare in week 4 held the plan for a week).
qint64 pacingPatient(Workspace& ws)
{
    static qint64 patientId = 0;
    if (patientId)
        return patientId;
    Patient patient;
    patient.givenName = QStringLiteral("Robin");
    patient.familyName = QStringLiteral("Example");
    patient.dateOfBirth = QDate(1971, 6, 2);
    patient.sex = Sex::Female;
    auto id = PatientRepository(ws).add(patient);
    if (!id)
        return 0;
    patientId = *id;
    auto exercise = [&ws](const char* stableId) {
        auto e = ExerciseRepository(ws).byStableId(QString::fromLatin1(stableId));
        return e ? e->id : 0;
    };
    Programme p;
    p.patientId = patientId;
    p.name = QStringLiteral("Back to walking");
    p.startDate = QDate(2026, 9, 7);
    Prescription walk;
    walk.exerciseId = exercise("walking");
    walk.dose.type = DoseType::Duration;
    walk.dose.reps = 0;
    // Week 1 of the plan below (8 minutes a day as 4 + 4): storing it keeps this version.
    walk.dose.minutes = 4;
    walk.dose.timesPerDay = 2;
    Prescription bird;
    bird.exerciseId = exercise("bird_dog");
    bird.dose.type = DoseType::Hold;
    bird.dose.reps = 6;
    bird.dose.holdSeconds = 8;
    p.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {walk}},
                  ProgrammeSection{QStringLiteral("Core"), {bird}}};
    ProgrammeRepository programmes(ws);
    auto programme = programmes.create(p);
    if (!programme || !programmes.activate(*programme))
        return patientId;
    auto stored = programmes.get(*programme);
    RedFlagScreen screen;
    screen.patientId = patientId;
    screen.date = QDate(2026, 9, 7);
    screen.clinician = kClinician;
    (void)RedFlagRepository(ws).record(screen);
    (void)VisitRepository(ws).add(patientId, std::nullopt, weeklyVisit(QDate(2026, 9, 7), 10, 3, 3),
                                  kClinician);
    PlanParameters plan;
    plan.toleranceAttempts = {10, 12, 11};
    plan.unit = PacingUnit::Minutes;
    plan.goal = 30;
    plan.boutsPerDay = 2;
    plan.start = QDate(2026, 9, 7);
    auto planId = PacingPlans(ws).create(stored->sections[0].prescriptions[0].id, plan, kClinician);
    if (!planId)
        return patientId;
    const QList<int> minutes = {8, 9, 10, 7, 10, 11, 12, 13, 14, 15};
    for (int week = 0; week < minutes.size(); ++week) {
        const QDate day = QDate(2026, 9, 14).addDays(7 * week);
        const bool flare = week == 3;
        // Recorded and decided at that visit, as it was at the time.
        if (auto* clock = dynamic_cast<ManualClock*>(&ws.clock()))
            clock->set(QDateTime(day, QTime(11, 0)));
        (void)VisitRepository(ws).add(
            patientId, std::nullopt, weeklyVisit(day, minutes[week], flare ? 6 : 3, 3), kClinician);
        PacingChoice choice;
        choice.planId = *planId;
        choice.who = kClinician;
        (void)PacingReviews(ws).decide(choice);
    }
    if (auto* clock = dynamic_cast<ManualClock*>(&ws.clock()))
        clock->set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    return patientId;
}

PatientView* showPacingTab(MainWindow& w, Workspace& ws)
{
    auto* page = w.findChild<PatientsPage*>();
    w.showPage(page);
    page->showPatient(pacingPatient(ws));
    PatientView* view = page->patientView();
    auto* tab = view->findChild<PacingTab*>();
    view->showTab(tab);
    return view;
}

} // namespace

QWidget* pacingTab(MainWindow& window, Workspace& workspace)
{
    showPacingTab(window, workspace);
    return &window;
}

QWidget* reviewAfterVisit(MainWindow& window, Workspace& workspace)
{
    showPacingTab(window, workspace);
    const qint64 patient = pacingPatient(workspace);
    // This week's visit: one evening the walk went to 6/10.
    (void)VisitRepository(workspace).add(patient, std::nullopt,
                                         weeklyVisit(QDate(2026, 11, 20), 15, 6, 3), kClinician);
    return PacingReviewDialog::offer(workspace, patient, kClinician, &window);
}

} // namespace gradus::pacingShots
