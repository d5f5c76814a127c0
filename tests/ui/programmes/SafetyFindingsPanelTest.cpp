// The builder's safety findings panel on a real builder (ProgrammeBuilderView on a SQLite
// store with the shipped library): rows carry their severity's icon and tint, the detail area
// shows the selected finding's source and alternatives, one click swaps in an alternative
// (undoable), and "Keep with a Reason…" records an override that is undoable and stays with
// the exercise in a new draft version.
#include "programmes/SafetyFindingsPanel.h"

#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "handout/HandoutDialog.h"
#include "handout/HandoutLauncher.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/SafetyFindingsModel.h"
#include "safety/FindingPresentation.h"
#include "safety/SafetyOverrideDialog.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/SafetyOverrideRepository.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace gradus;

namespace {

class SafetyFindingsPanelTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient =
            addPatient(QStringLiteral("Alex"), QStringLiteral("Fictional"), QDate(1980, 5, 1));
        // A disc herniation rules out end-range loaded flexion such as sit-ups (CLINICAL.md 4).
        auto episode = EpisodeRepository(*m_workspace).ensureOpenEpisode(m_patient);
        ASSERT_TRUE(episode) << episode.error().message.toStdString();
        Condition disc;
        disc.episodeId = episode->id;
        disc.code = QStringLiteral("disc_herniation");
        ASSERT_TRUE(ConditionRepository(*m_workspace).add(disc));
        m_view = std::make_unique<ProgrammeBuilderView>(*m_workspace, &m_undo);
        m_view->setPatient(m_patient);
        m_panel = m_view->findingsPanel();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("walking"))}));
        ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("sit_up"))}));
    }

    qint64 exerciseId(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    // The model row of the "avoid" finding on the prescription at `index`, or -1.
    int avoidRow(int index = 1) const
    {
        const PanelFindings& all = m_panel->model()->findings();
        for (int r = 0; r < all.size(); ++r)
            if (all[r].severity == PanelFinding::Severity::Avoid &&
                all[r].prescriptionIndex == index)
                return r;
        return -1;
    }

    // Keeps every "avoid" finding not kept yet, each as its own undoable step; the count.
    int keepAllAvoids()
    {
        int kept = 0;
        for (bool more = true; more;) {
            more = false;
            const PanelFindings& all = m_panel->model()->findings();
            for (int r = 0; r < all.size(); ++r)
                if (all[r].severity == PanelFinding::Severity::Avoid && !all[r].override) {
                    EXPECT_TRUE(m_panel->keepFinding(r, QStringLiteral("Supervised in clinic"),
                                                     QStringLiteral("J. Physio")));
                    ++kept;
                    more = true; // the panel re-checked: read the rows again
                    break;
                }
        }
        return kept;
    }

    QList<qint64> storedExercises()
    {
        QList<qint64> ids;
        auto p = ProgrammeRepository(*m_workspace).get(m_view->programmeId());
        EXPECT_TRUE(p);
        for (const auto& s : p->sections)
            for (const auto& pr : s.prescriptions)
                ids << pr.exerciseId;
        return ids;
    }

    qint64 m_patient = 0;
    StoreUndoStack m_undo;
    std::unique_ptr<ProgrammeBuilderView> m_view;
    SafetyFindingsPanel* m_panel = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(SafetyFindingsPanelTest, RowsShowSeverityAndTheDetailAreaTheSource)
{
    const int row = avoidRow();
    ASSERT_GE(row, 0);
    const PanelFinding& f = m_panel->model()->findings().at(row);
    const SafetyFindingsModel* model = m_panel->model();
    EXPECT_FALSE(model->index(row, SafetyFindingsModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    EXPECT_EQ(model->index(row, SafetyFindingsModel::ReasonColumn)
                  .data(Qt::BackgroundRole)
                  .value<QBrush>()
                  .color(),
              FindingPresentation::background(Severity::Avoid));
    const QString tip =
        model->index(row, SafetyFindingsModel::ExerciseColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(f.source.toHtmlEscaped())) << tip.toStdString();
    ASSERT_FALSE(f.alternatives.isEmpty());
    EXPECT_TRUE(tip.contains(f.alternatives.first().name.toHtmlEscaped())) << tip.toStdString();

    // Nothing selected: the detail area says what it is for, the actions are off.
    m_panel->selectFinding(-1);
    EXPECT_FALSE(m_panel->details()->text().contains(f.source.toHtmlEscaped()));
    EXPECT_FALSE(m_panel->swapButton()->isEnabled());
    m_panel->selectFinding(row);
    EXPECT_FALSE(m_panel->swapButton()->isHidden());
    const QString details = m_panel->details()->text();
    EXPECT_TRUE(details.contains(f.source.toHtmlEscaped())) << details.toStdString();
    EXPECT_TRUE(details.contains(f.reason.toHtmlEscaped()));
    for (const auto& a : f.alternatives)
        EXPECT_TRUE(details.contains(a.name.toHtmlEscaped())) << a.name.toStdString();
    EXPECT_TRUE(m_panel->swapButton()->isEnabled());
    EXPECT_TRUE(m_panel->keepButton()->isEnabled());

    // A programme with nothing to report shows "No findings" and no actions.
    m_undo.undo(); // the sit-up
    m_undo.undo(); // walking (a "prefer")
    EXPECT_EQ(m_panel->model()->rowCount(), 0);
    EXPECT_TRUE(m_panel->swapButton()->isHidden());
    EXPECT_TRUE(m_panel->keepButton()->isHidden());
}

TEST_F(SafetyFindingsPanelTest, ACheckThatCannotRunIsNeverShownAsNoFindings)
{
    ASSERT_GE(avoidRow(), 0);
    // The conditions go missing under the builder (a damaged or half-restored store).
    ASSERT_TRUE(m_workspace->db().exec(
        QStringLiteral("ALTER TABLE episode_condition RENAME TO episode_condition_away")));
    m_view->setPatient(m_patient);
    EXPECT_EQ(m_panel->model()->rowCount(), 0);
    ASSERT_TRUE(m_panel->emptyLabel()->isVisibleTo(m_panel));
    EXPECT_TRUE(m_panel->emptyLabel()->text().startsWith(QStringLiteral("Not checked")))
        << m_panel->emptyLabel()->text().toStdString();
    EXPECT_NE(m_panel->emptyLabel()->text(), QStringLiteral("No findings"));
    if (const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_view->resize(1000, 650);
        m_view->show();
        m_view->grab().save(shots + QStringLiteral("/safety-not-checked.png"));
    }

    ASSERT_TRUE(m_workspace->db().exec(
        QStringLiteral("ALTER TABLE episode_condition_away RENAME TO episode_condition")));
    m_view->setPatient(m_patient);
    EXPECT_GE(avoidRow(), 0) << "the sit-up is found again once the check can run";
    EXPECT_EQ(m_panel->emptyLabel()->text(), QStringLiteral("No findings"));
}

TEST_F(SafetyFindingsPanelTest, SwapInReplacesTheExerciseAndUndoBringsItBack)
{
    const qint64 sitUp = exerciseId(QStringLiteral("sit_up"));
    const int row = avoidRow();
    ASSERT_GE(row, 0);
    const PanelFinding f = m_panel->model()->findings().at(row);
    ASSERT_FALSE(f.alternatives.isEmpty());
    const qint64 alternative = f.alternatives.first().exerciseId;
    ASSERT_GT(alternative, 0);
    EXPECT_EQ(ExerciseRepository(*m_workspace).find(QString::number(alternative))->name,
              f.alternatives.first().name);

    m_panel->selectFinding(row);
    EXPECT_TRUE(m_panel->swapButton()->text().contains(f.alternatives.first().name));
    m_panel->swapButton()->click();
    EXPECT_EQ(storedExercises().value(1), alternative);
    EXPECT_EQ(avoidRow(), -1) << "the alternative is not one the rules rule out";

    m_undo.undo();
    EXPECT_EQ(storedExercises().value(1), sitUp);
    ASSERT_GE(avoidRow(), 0);

    // The row's context menu offers every alternative, then keeping it.
    QMenu* menu = m_panel->actionsMenu(avoidRow(), nullptr);
    const auto actions = menu->actions();
    QStringList texts;
    for (QAction* a : actions)
        if (!a->isSeparator())
            texts << a->text();
    ASSERT_EQ(texts.size(), f.alternatives.size() + 1) << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.last(), QStringLiteral("Keep with a Reason…"));
    actions.at(f.alternatives.size() - 1)->trigger();
    EXPECT_EQ(storedExercises().value(1), f.alternatives.last().exerciseId);
    delete menu;
    m_undo.undo();
    EXPECT_EQ(storedExercises().value(1), sitUp);
}

TEST_F(SafetyFindingsPanelTest, KeepWithAReasonIsUndoableAndStaysInTheNextVersion)
{
    QSettings().setValue(QStringLiteral("visits/clinician"), QStringLiteral("J. Physio"));
    const int row = avoidRow();
    ASSERT_GE(row, 0);
    m_panel->selectFinding(row);
    ASSERT_TRUE(m_panel->keepButton()->isEnabled());

    bool okWasOffWithoutReason = false;
    QString offeredClinician;
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<SafetyOverrideDialog*>(w);
                dialog && dialog->isVisible()) {
                QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
                okWasOffWithoutReason = !ok->isEnabled();
                offeredClinician = dialog->clinicianEdit()->text();
                dialog->reasonEdit()->setPlainText(
                    QStringLiteral("Strong curl-up done slowly; no leg symptoms for weeks"));
                ok->click();
                return;
            }
    });
    m_panel->keepButton()->click();
    EXPECT_TRUE(okWasOffWithoutReason);
    EXPECT_EQ(offeredClinician, QStringLiteral("J. Physio"));

    auto kept = [&] {
        const int r = avoidRow();
        EXPECT_GE(r, 0) << "a kept finding stays visible";
        return r >= 0 && m_panel->model()->findings().at(r).override.has_value();
    };
    ASSERT_TRUE(kept());
    const int keptRow = avoidRow();
    const PanelFinding f = m_panel->model()->findings().at(keptRow);
    EXPECT_EQ(f.override->recordedBy, QStringLiteral("J. Physio"));
    EXPECT_EQ(f.override->recordedAt, m_clock.now());
    EXPECT_TRUE(m_panel->model()
                    ->index(keptRow, SafetyFindingsModel::SeverityColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("kept")));
    m_panel->selectFinding(keptRow);
    EXPECT_TRUE(m_panel->details()->text().contains(QStringLiteral("no leg symptoms")));
    EXPECT_TRUE(m_panel->details()->text().contains(QStringLiteral("J. Physio")));
    EXPECT_FALSE(m_panel->keepButton()->isEnabled()) << "kept once is enough";
    EXPECT_EQ(SafetyOverrideRepository(*m_workspace).forProgramme(m_view->programmeId())->size(),
              1);

    m_undo.undo();
    EXPECT_FALSE(kept());
    EXPECT_TRUE(
        SafetyOverrideRepository(*m_workspace).forProgramme(m_view->programmeId())->isEmpty());
    m_undo.redo();
    EXPECT_TRUE(kept());

    // Given to the patient (once every rule that says avoid is answered), then edited: the
    // edit goes into a new draft version, and the sit-up is still kept there (and still on
    // what the patient has).
    const qint64 first = m_view->programmeId();
    EXPECT_FALSE(m_view->activate()) << "other avoid findings are not kept yet";
    keepAllAvoids();
    ASSERT_TRUE(m_view->activate());
    EXPECT_TRUE(kept());
    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("bird_dog"))}));
    ASSERT_NE(m_view->programmeId(), first);
    EXPECT_TRUE(kept());
    // Moving it keeps it too: the override follows the exercise, not the row.
    ASSERT_TRUE(m_view->moveRow(1, -1));
    ASSERT_EQ(storedExercises().value(0), exerciseId(QStringLiteral("sit_up")));
    const int moved = avoidRow(0);
    ASSERT_GE(moved, 0);
    EXPECT_TRUE(m_panel->model()->findings().at(moved).override.has_value());
}

TEST_F(SafetyFindingsPanelTest, KeepingIsRefusedOnAnEarlierVersion)
{
    const qint64 first = m_view->programmeId();
    ASSERT_GE(keepAllAvoids(), 1);
    ASSERT_TRUE(m_view->activate());
    ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("bird_dog"))}));
    ASSERT_TRUE(m_view->activate()); // the first version is now superseded
    // Osteoporosis diagnosed since: a new "avoid" for the sit-up, on every version.
    Condition osteoporosis;
    osteoporosis.episodeId = ProgrammeRepository(*m_workspace).get(first)->episodeId;
    osteoporosis.code = QStringLiteral("osteoporosis");
    ASSERT_TRUE(ConditionRepository(*m_workspace).add(osteoporosis));
    m_view->showVersion(first);
    int row = -1;
    const PanelFindings& all = m_panel->model()->findings();
    for (int r = 0; r < all.size(); ++r)
        if (all[r].severity == PanelFinding::Severity::Avoid && !all[r].override)
            row = r;
    ASSERT_GE(row, 0);
    m_panel->selectFinding(row);
    EXPECT_FALSE(m_panel->keepButton()->isEnabled());
    EXPECT_FALSE(m_panel->swapButton()->isEnabled());
    QString said;
    QObject::connect(m_panel, &SafetyFindingsPanel::problem,
                     [&said](const QString& message) { said = message; });
    const int steps = m_undo.count();
    const auto before = SafetyOverrideRepository(*m_workspace).forProgramme(first)->size();
    EXPECT_FALSE(m_panel->keepFinding(row, QStringLiteral("Reason"), QStringLiteral("J")));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_EQ(SafetyOverrideRepository(*m_workspace).forProgramme(first)->size(), before);
    EXPECT_EQ(m_undo.count(), steps) << "a refused keep leaves no undo step";
}

TEST_F(SafetyFindingsPanelTest, ActivateIsRefusedWhileAnAvoidIsNotKept)
{
    const qint64 id = m_view->programmeId();
    const int steps = m_undo.count();
    EXPECT_FALSE(m_view->activate());
    EXPECT_EQ(ProgrammeRepository(*m_workspace).get(id)->status, ProgrammeStatus::Draft);
    EXPECT_EQ(m_undo.count(), steps) << "a refused activation leaves no undo step";
    const QString said = m_view->statusText();
    EXPECT_TRUE(said.contains(QStringLiteral("Sit-up"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Keep with a Reason"))) << said.toStdString();
    // The finding it is about is selected, its Keep button ready.
    const int current = m_panel->currentFinding();
    ASSERT_GE(current, 0);
    const PanelFinding& f = m_panel->model()->findings().at(current);
    EXPECT_EQ(f.severity, PanelFinding::Severity::Avoid);
    EXPECT_EQ(f.prescriptionIndex, 1);
    EXPECT_FALSE(f.override.has_value());
    EXPECT_TRUE(m_panel->keepButton()->isEnabled());

    // The handout is refused the same way: its dialog opens with the reason and no output.
    QString refusal;
    bool outputOff = false;
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<HandoutDialog*>(w); dialog && dialog->isVisible()) {
                refusal = dialog->refusal();
                outputOff = true;
                for (auto* b : dialog->findChildren<QPushButton*>())
                    if (b->text().startsWith(QStringLiteral("Save")) ||
                        b->text().startsWith(QStringLiteral("Print")))
                        outputOff = outputOff && !b->isEnabled();
                dialog->reject();
            }
    });
    openHandoutDialog(*m_workspace, m_view->programme(), m_view.get());
    EXPECT_TRUE(refusal.contains(QStringLiteral("sit_up"))) << refusal.toStdString();
    EXPECT_TRUE(outputOff);

    keepAllAvoids();
    EXPECT_TRUE(m_view->activate());
    EXPECT_EQ(ProgrammeRepository(*m_workspace).get(id)->status, ProgrammeStatus::Active);
}
