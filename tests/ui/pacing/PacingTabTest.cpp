// The Pacing tab, the new-plan dialog and the review dialog after a visit, with real widgets
// on a real SQLite store: what they show and what they store.
#include "core/storage/PacingStoreFixture.h"
#include "support/TableAway.h"

#include "MainWindow.h"
#include "pacing/PacingPlanDialog.h"
#include "pacing/PacingPrescriptionModel.h"
#include "pacing/PacingReviewDialog.h"
#include "pacing/PacingScheduleModel.h"
#include "pacing/PacingScheduleView.h"
#include "pacing/PacingTab.h"
#include "pacing/ReviewProposalWidget.h"
#include "settings/ClinicSettings.h"
#include "storage/ProgrammeRepository.h"
#include "visits/PatientProgressView.h"
#include "visits/VisitDialog.h"

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace gradus;

namespace {

class PacingTabTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_store.open()); }

    Workspace& ws() { return m_store.ws(); }

    test::PacingStore m_store{SqlBackend::Sqlite};
};

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_F(PacingTabTest, ListsThePrescriptionsAndShowsTheStoredPlanWithActuals)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.resize(900, 700);
    tab.show();
    tab.setPatient(m_store.patientId);
    ASSERT_EQ(tab.model()->rowCount(), 2);
    EXPECT_EQ(cell(tab.model(), 0, PacingPrescriptionModel::ExerciseColumn),
              QStringLiteral("Walking"));
    EXPECT_EQ(cell(tab.model(), 0, PacingPrescriptionModel::PlanColumn), QStringLiteral("No plan"));
    EXPECT_TRUE(tab.programmeLabel()->text().contains(QStringLiteral("Back to walking")));
    tab.selectPrescription(m_store.walkingId);
    EXPECT_TRUE(tab.newPlanButton()->isEnabled());
    EXPECT_EQ(tab.schedule()->model()->rowCount(), 0);

    ASSERT_TRUE(tab.createPlan(test::PacingStore::walkingPlan()));
    EXPECT_EQ(cell(tab.model(), 0, PacingPrescriptionModel::PlanColumn),
              QStringLiteral("Week 1 of 6: 8 minutes a day"));
    EXPECT_FALSE(tab.newPlanButton()->isEnabled()) << "one plan per prescription";
    EXPECT_EQ(tab.schedule()->model()->rowCount(), 6);
    EXPECT_TRUE(tab.decisionsLabel()->text().contains(QStringLiteral("None yet")));
    // Started on 16 March, seen on 30 April: by the calendar the 6-week plan would be over
    // (its last week), but the patient is on week 1 until a review moves her on.
    EXPECT_TRUE(tab.decisionsLabel()->text().contains(
        QStringLiteral("By the dates in the table it would be week 6")))
        << tab.decisionsLabel()->text().toStdString();
    auto stored = PacingPlanRepository(ws()).forPrescription(m_store.walkingId);
    ASSERT_TRUE(stored && *stored);

    // A visit in week 1 with 7 activity minutes a day: the schedule shows it as done.
    VisitRecord v = test::goodVisit(QDate(2026, 3, 20));
    v.activityMinutes = 7;
    ASSERT_TRUE(m_store.addVisit(v));
    EXPECT_EQ(tab.schedule()->model()->actual(1), 7.0);
    EXPECT_FALSE(tab.schedule()->model()->actual(2));
}

TEST_F(PacingTabTest, AProgrammeThatCannotBeReadIsNeverShownAsNone)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    // The programmes go missing under the tab (a damaged or half-restored store).
    ASSERT_TRUE(ws().db().exec(QStringLiteral("ALTER TABLE programme RENAME TO programme_away")));
    tab.setPatient(m_store.patientId);
    EXPECT_EQ(tab.model()->rowCount(), 0);
    EXPECT_TRUE(tab.programmeLabel()->text().contains(QStringLiteral("could not be read")))
        << tab.programmeLabel()->text().toStdString();
    EXPECT_FALSE(tab.programmeLabel()->text().contains(QStringLiteral("No programme yet")));

    ASSERT_TRUE(ws().db().exec(QStringLiteral("ALTER TABLE programme_away RENAME TO programme")));
    tab.setPatient(0);
    tab.setPatient(m_store.patientId);
    EXPECT_EQ(tab.model()->rowCount(), 2);
    EXPECT_TRUE(tab.programmeLabel()->text().contains(QStringLiteral("Back to walking")))
        << tab.programmeLabel()->text().toStdString();
}

TEST_F(PacingTabTest, APlanItsDecisionsOrItsActualsThatCannotBeReadAreNeverShownAsNone)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    tab.setPatient(m_store.patientId);
    tab.selectPrescription(m_store.walkingId);
    ASSERT_TRUE(tab.createPlan(test::PacingStore::walkingPlan()));
    auto reshow = [&] {
        tab.setPatient(0);
        tab.setPatient(m_store.patientId);
        tab.selectPrescription(m_store.walkingId);
    };
    // For looking at: GRADUS_SCREENSHOT_DIR=/tmp/shots writes the tab in each state.
    auto shoot = [&](const QString& name) {
        if (const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            tab.resize(1100, 700);
            tab.show();
            tab.grab().save(shots + u'/' + name);
        }
    };
    const int walkingRow = tab.model()->rowOfPrescription(m_store.walkingId);
    ASSERT_GE(walkingRow, 0);
    const auto* empty = tab.findChild<QLabel*>(QStringLiteral("pacingEmpty"));
    ASSERT_NE(empty, nullptr);

    {
        // The plans cannot be read: "No plan" with New Plan offered would invite a second plan.
        test::TableAway plans(ws().db(), u"pacing_plan"_qs);
        ASSERT_TRUE(plans.away());
        reshow();
        EXPECT_EQ(cell(tab.model(), walkingRow, PacingPrescriptionModel::PlanColumn),
                  QStringLiteral("Could not be read"));
        EXPECT_FALSE(tab.newPlanButton()->isEnabled());
        EXPECT_TRUE(tab.decisionsLabel()->text().contains(QStringLiteral("could not be read")))
            << tab.decisionsLabel()->text().toStdString();
        EXPECT_TRUE(empty->text().contains(QStringLiteral("could not be read")))
            << empty->text().toStdString();
        shoot(u"pacing-plan-unreadable.png"_qs);
    }
    {
        // The decisions cannot be read: never "None yet".
        test::TableAway decisions(ws().db(), u"pacing_decision"_qs);
        ASSERT_TRUE(decisions.away());
        reshow();
        const QString text = tab.decisionsLabel()->text();
        EXPECT_TRUE(text.contains(QStringLiteral("Review decisions could not be read")))
            << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("None yet")));
        shoot(u"pacing-decisions-unreadable.png"_qs);
    }
    {
        // The visits cannot be read: an empty Done column is said to be unknown, not zero.
        test::TableAway visits(ws().db(), u"visit"_qs);
        ASSERT_TRUE(visits.away());
        reshow();
        EXPECT_TRUE(tab.decisionsLabel()->text().contains(
            QStringLiteral("What was done could not be read")))
            << tab.decisionsLabel()->text().toStdString();
    }

    // Readable again: the plan, its first step and no warning.
    reshow();
    EXPECT_EQ(cell(tab.model(), walkingRow, PacingPrescriptionModel::PlanColumn),
              QStringLiteral("Week 1 of 6: 8 minutes a day"));
    EXPECT_FALSE(tab.decisionsLabel()->text().contains(QStringLiteral("could not be read")))
        << tab.decisionsLabel()->text().toStdString();
    EXPECT_TRUE(tab.decisionsLabel()->text().contains(QStringLiteral("None yet")));
    tab.selectPrescription(m_store.birdDogId);
    EXPECT_TRUE(empty->text().startsWith(QStringLiteral("No graded activity plan yet")))
        << empty->text().toStdString();
}

TEST_F(PacingTabTest, NewPlanCanBeUndoneUntilADecisionIsMade)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    tab.setPatient(m_store.patientId);
    tab.selectPrescription(m_store.walkingId);
    ASSERT_TRUE(tab.createPlan(test::PacingStore::walkingPlan()));
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 0);
    EXPECT_EQ(cell(tab.model(), 0, PacingPrescriptionModel::PlanColumn), QStringLiteral("No plan"));
    stack.redo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 1);
    EXPECT_EQ(cell(tab.model(), 0, PacingPrescriptionModel::PlanColumn),
              QStringLiteral("Week 1 of 6: 8 minutes a day"));

    // A refused plan leaves nothing on the stack.
    tab.selectPrescription(m_store.birdDogId);
    EXPECT_FALSE(tab.createPlan(test::PacingStore::walkingPlan()));
    EXPECT_EQ(stack.count(), 1);

    // Once a decision is on record, undo keeps the plan.
    ASSERT_TRUE(m_store.baseline());
    auto plan = PacingPlanRepository(ws()).forPrescription(m_store.walkingId);
    ASSERT_TRUE(plan && *plan);
    ASSERT_TRUE(PacingReviews(ws()).decide(
        PacingChoice{(*plan)->id, true, ReviewOutcome::Hold, {}, u"Pat C"_qs, std::nullopt}));
    stack.undo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 1);
}

TEST_F(PacingTabTest, NewPlanDialogBringsTheDoseInLineAndUndoTakesItBack)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    tab.setPatient(m_store.patientId);
    tab.selectPrescription(m_store.walkingId);
    QSignalSpy messages(&tab, &PacingTab::statusMessage);
    QString previewBefore;
    QString previewAfter;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<PacingPlanDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialog->attemptsField()->setText(QStringLiteral("10, 12, 11"));
        dialog->goalField()->setValue(12);
        previewBefore = dialog->preview()->text();
        auto* bouts = dialog->findChild<QSpinBox*>(QStringLiteral("bouts"));
        ASSERT_TRUE(bouts);
        bouts->setValue(2); // week 1: 8 minutes as 4 + 4
        previewAfter = dialog->preview()->text();
        dialog->okButton()->click();
    });
    tab.newPlanButton()->click();
    EXPECT_TRUE(previewBefore.contains(QStringLiteral("already matches week 1")))
        << previewBefore.toStdString();
    EXPECT_TRUE(previewAfter.contains(QStringLiteral(
                    "changes the programme&#x27;s dose of Walking from 8 minutes, once a day")) ||
                previewAfter.contains(QStringLiteral(
                    "changes the programme's dose of Walking from 8 minutes, once a day")))
        << previewAfter.toStdString();
    EXPECT_TRUE(previewAfter.contains(QStringLiteral("to 4 minutes, twice a day")));

    ASSERT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 1);
    ASSERT_FALSE(messages.isEmpty());
    const QString said = messages.last().at(0).toString();
    EXPECT_TRUE(said.contains(
        QStringLiteral("The programme's dose of Walking is now 4 minutes, twice a day")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("(version 2).")));
    ProgrammeRepository programmes(ws());
    ASSERT_EQ(programmes.versions(m_store.programmeId)->size(), 2);

    // Undo: no plan, version 1 in force again with its dose.
    stack.undo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 0);
    auto all = programmes.versions(m_store.programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().status, ProgrammeStatus::Active);
    EXPECT_EQ(programmes.get(m_store.programmeId)->sections[0].prescriptions[0].dose.minutes, 8);

    // Redo makes the plan and the new version again; once the programme has moved on, undo
    // is refused with a message and keeps both.
    stack.redo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 1);
    all = programmes.versions(m_store.programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    auto v3 = programmes.draftFor(all->last().id);
    ASSERT_TRUE(v3);
    ASSERT_TRUE(programmes.activate(v3->id));
    QSignalSpy refused(&stack, &StoreUndoStack::failed);
    const int steps = stack.count();
    stack.undo();
    EXPECT_EQ(m_store.fixture.count(QStringLiteral("pacing_plan")), 1);
    EXPECT_EQ(programmes.versions(m_store.programmeId)->size(), 3);
    ASSERT_EQ(refused.count(), 1) << "the one report of a refused undo";
    const QString why = refused[0][1].value<Error>().message;
    EXPECT_TRUE(why.contains(QStringLiteral("cannot be undone"))) << why.toStdString();
    EXPECT_EQ(stack.count(), steps - 1) << "the refused step leaves the history";
}

TEST_F(PacingTabTest, AnExerciseCountedOtherwiseCannotGetAPlanOfAnotherUnit)
{
    StoreUndoStack stack;
    PacingTab tab(ws(), &stack);
    tab.setPatient(m_store.patientId);
    tab.selectPrescription(m_store.birdDogId);
    EXPECT_TRUE(tab.newPlanButton()->isEnabled()) << "holds grade in seconds";
    auto st = tab.createPlan(test::PacingStore::walkingPlan());
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("pacing.unit_mismatch"));
    EXPECT_EQ(cell(tab.model(), 1, PacingPrescriptionModel::PlanColumn), QStringLiteral("No plan"));
}

TEST_F(PacingTabTest, PlanDialogPrefillsTheClinicSettingsAndChecksAsYouType)
{
    ASSERT_TRUE(ws().settings().setValue(ClinicSettings::Key::PacingBaselinePercent, 70));
    PlanParameters defaults;
    defaults.unit = PacingUnit::Minutes;
    defaults.baselinePercent = ws().settings().intValue(ClinicSettings::Key::PacingBaselinePercent);
    defaults.weeklyPercent = 10;
    defaults.goal = 30;
    defaults.start = QDate(2026, 4, 30);
    PacingPlanDialog dialog(QStringLiteral("Walking"), defaults);
    EXPECT_EQ(dialog.baselineField()->value(), 70);
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "no attempts yet";
    EXPECT_FALSE(dialog.preview()->text().isEmpty());

    dialog.attemptsField()->setText(QStringLiteral("10, 12, eleven"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.attemptsField()->setText(QStringLiteral("10, 12, 11"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.preview()->text().contains(QStringLiteral("week")));
    const PlanParameters p = dialog.parameters();
    EXPECT_EQ(p.toleranceAttempts, (QList<double>{10, 12, 11}));
    EXPECT_EQ(p.goal, 30);
    EXPECT_EQ(p.baselinePercent, 70);
    EXPECT_EQ(p.start, QDate(2026, 4, 30));
    dialog.goalField()->setValue(0);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
}

TEST_F(PacingTabTest, ReviewDialogOnlyWhenThereArePlans)
{
    QWidget parent;
    EXPECT_EQ(PacingReviewDialog::offer(ws(), m_store.patientId, u"Pat C"_qs, &parent), nullptr);
}

TEST_F(PacingTabTest, AcceptingInTheReviewDialogMakesTheNewVersion)
{
    auto plan = m_store.createWalkingPlan();
    ASSERT_TRUE(plan);
    ASSERT_TRUE(m_store.baseline());
    ASSERT_TRUE(m_store.addVisit(test::goodVisit(QDate(2026, 3, 23))));
    QWidget parent;
    auto* dialog = PacingReviewDialog::offer(ws(), m_store.patientId, u"Pat C"_qs, &parent);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->planCount(), 1);
    ASSERT_TRUE(dialog->proposal(0)->decision());
    EXPECT_EQ(dialog->proposal(0)->decision()->outcome, ReviewOutcome::Progress);
    dialog->proposal(0)->acceptButton()->click();
    EXPECT_TRUE(dialog->outcome(0)->text().contains(QStringLiteral("Programme version 2")))
        << dialog->outcome(0)->text().toStdString();
    auto decisions = PacingPlanRepository(ws()).decisions(*plan);
    ASSERT_TRUE(decisions);
    ASSERT_EQ(decisions->size(), 1);
    EXPECT_TRUE(decisions->first().accepted);
    EXPECT_EQ(decisions->first().decidedBy, QStringLiteral("Pat C"));
    EXPECT_FALSE(dialog->proposal(0)->acceptButton()->isEnabled()) << "decided once";
}

TEST_F(PacingTabTest, OverridingInTheReviewDialogStoresTheReason)
{
    auto plan = m_store.createWalkingPlan();
    ASSERT_TRUE(plan);
    ASSERT_TRUE(m_store.baseline());
    ASSERT_TRUE(m_store.addVisit(test::goodVisit(QDate(2026, 3, 23))));
    // A draft being edited: the first attempt (a step back, which changes the dose) is
    // refused and the buttons come back.
    auto draft = ProgrammeRepository(ws()).draftFor(m_store.programmeId);
    ASSERT_TRUE(draft);
    PacingReviewDialog dialog(ws(), m_store.patientId, u"Pat C"_qs);
    dialog.show();
    ReviewProposalWidget* w = dialog.proposal(0);
    w->overrideButton()->click();
    w->overrideOutcome()->setCurrentIndex(
        w->overrideOutcome()->findData(static_cast<int>(ReviewOutcome::Regress)));
    w->overrideReason()->setPlainText(QStringLiteral("Away for a week"));
    w->confirmOverrideButton()->click();
    EXPECT_TRUE(dialog.outcome(0)->text().contains(QStringLiteral("Not saved")));
    EXPECT_TRUE(w->acceptButton()->isEnabled());
    EXPECT_TRUE(PacingPlanRepository(ws()).decisions(*plan)->isEmpty());

    ASSERT_TRUE(ProgrammeRepository(ws()).removeDraft(draft->id));
    w->overrideButton()->click();
    w->overrideOutcome()->setCurrentIndex(
        w->overrideOutcome()->findData(static_cast<int>(ReviewOutcome::Regress)));
    w->overrideReason()->setPlainText(QStringLiteral("Away for a week"));
    w->confirmOverrideButton()->click();
    EXPECT_TRUE(dialog.outcome(0)->text().startsWith(QStringLiteral("Saved")))
        << dialog.outcome(0)->text().toStdString();
    auto decisions = PacingPlanRepository(ws()).decisions(*plan);
    ASSERT_EQ(decisions->size(), 1);
    EXPECT_FALSE(decisions->first().accepted);
    EXPECT_EQ(decisions->first().chosenOutcome, ReviewOutcome::Regress);
    EXPECT_EQ(decisions->first().reason, QStringLiteral("Away for a week"));
}

TEST_F(PacingTabTest, RecordingAVisitInTheDialogAnnouncesIt)
{
    StoreUndoStack stack;
    PatientProgressView view(ws(), &stack);
    view.setPatient(m_store.patientId);
    view.show();
    QSignalSpy recorded(&view, &PatientProgressView::visitRecorded);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    view.openRecordVisitDialog();
    EXPECT_EQ(recorded.count(), 0) << "a cancelled dialog records nothing";
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<VisitDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    view.openRecordVisitDialog();
    ASSERT_EQ(recorded.count(), 1);
    EXPECT_EQ(recorded.first().at(0).toLongLong(), m_store.patientId);
    stack.undo();
    EXPECT_EQ(recorded.count(), 1) << "undo and redo are not new visits";
}

TEST_F(PacingTabTest, TheMainWindowHasAPacingTabAndReviewsAfterAVisit)
{
    ASSERT_TRUE(m_store.createWalkingPlan());
    MainWindow window(ws());
    window.buildDeferred();
    auto* tab = window.findChild<PacingTab*>();
    ASSERT_NE(tab, nullptr);
    auto* progress = window.findChild<PatientProgressView*>();
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(window.findChild<PacingReviewDialog*>(), nullptr);
    emit progress->visitRecorded(m_store.patientId);
    auto* dialog = window.findChild<PacingReviewDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->planCount(), 1);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
}
