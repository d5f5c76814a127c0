// Unknown is never "safe" in the builder either, on a real builder and SQLite store with the
// shipped library: a sciatica patient whose onset is not recorded gets findings for standing
// toe touch, sit-up and deadlift, each finding says what it assumed, and "Record Onset…" opens
// the condition's own dialog; once the onset is saved the panel checks again without the
// assumption, undo brings the assumption back, and findings for the phase the onset gives stay
// (there is no phase in which the condition's dangers vanish).
#include "programmes/SafetyFindingsPanel.h"

#include "exercises/ExerciseLibrary.h"
#include "patients/ConditionDialog.h"
#include "patients/DateField.h"
#include "patients/EpisodeDialog.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/SafetyFindingsModel.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTimer>

using namespace gradus;

namespace {

class SafetyAssumptionPanelTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient =
            addPatient(QStringLiteral("Sam"), QStringLiteral("Fictional"), QDate(1979, 4, 2));
        auto episode = EpisodeRepository(*m_workspace).ensureOpenEpisode(m_patient);
        ASSERT_TRUE(episode) << episode.error().message.toStdString();
        ASSERT_FALSE(episode->onsetDate.isValid());
        Condition sciatica;
        sciatica.episodeId = episode->id;
        sciatica.code = QStringLiteral("sciatica");
        sciatica.side = Condition::Side::Left;
        auto id = ConditionRepository(*m_workspace).add(sciatica);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        m_condition = *id;
        m_view = std::make_unique<ProgrammeBuilderView>(*m_workspace, &m_undo);
        m_view->setPatient(m_patient);
        m_panel = m_view->findingsPanel();
        ASSERT_TRUE(m_view->addExercises({exerciseId(QStringLiteral("standing_toe_touch")),
                                          exerciseId(QStringLiteral("sit_up")),
                                          exerciseId(QStringLiteral("deadlift"))}));
    }

    qint64 exerciseId(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    // The prescriptions (reading order) that have at least one avoid or caution finding.
    QSet<int> flagged() const
    {
        QSet<int> rows;
        for (const PanelFinding& f : m_panel->model()->findings())
            if (f.severity != PanelFinding::Severity::Prefer)
                rows.insert(f.prescriptionIndex);
        return rows;
    }

    // The first finding with an assumption of kind `missing`, or -1.
    int assuming(SafetyAssumption::Missing missing) const
    {
        const PanelFindings& all = m_panel->model()->findings();
        for (int r = 0; r < all.size(); ++r)
            for (const SafetyAssumption& a : all[r].assumptions)
                if (a.missing == missing)
                    return r;
        return -1;
    }

    // The first finding that assumed the condition's onset, or -1.
    int assumingRow() const
    {
        const PanelFindings& all = m_panel->model()->findings();
        for (int r = 0; r < all.size(); ++r)
            for (const SafetyAssumption& a : all[r].assumptions)
                if (a.missing == SafetyAssumption::Missing::ConditionOnset &&
                    a.recordId == m_condition)
                    return r;
        return -1;
    }

    qint64 m_patient = 0;
    qint64 m_condition = 0;
    StoreUndoStack m_undo;
    std::unique_ptr<ProgrammeBuilderView> m_view;
    SafetyFindingsPanel* m_panel = nullptr;
};

} // namespace

TEST_F(SafetyAssumptionPanelTest, AnUnrecordedOnsetIsTreatedAsAcuteAndSaysSo)
{
    EXPECT_EQ(flagged(), (QSet<int>{0, 1, 2})) << "toe touch, sit-up and deadlift";
    const int row = assumingRow();
    ASSERT_GE(row, 0);
    m_panel->selectFinding(row);
    const QString details = m_panel->details()->text();
    EXPECT_TRUE(details.contains(QStringLiteral("Not recorded:"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("treated as acute"))) << details.toStdString();
    EXPECT_TRUE(m_panel->model()
                    ->index(row, SafetyFindingsModel::ExerciseColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not recorded")));
    EXPECT_FALSE(m_panel->recordButton()->isHidden());
    EXPECT_EQ(m_panel->recordButton()->text(), QStringLiteral("Record &Onset…"));
}

TEST_F(SafetyAssumptionPanelTest, RecordingTheOnsetChecksAgainAndUndoBringsTheAssumptionBack)
{
    const int row = assumingRow();
    ASSERT_GE(row, 0);
    m_panel->selectFinding(row);
    const QDate yearAgo = m_clock.today().addYears(-1);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ConditionDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        opened = true;
        auto* onset = dialog->findChild<DateField*>();
        ASSERT_NE(onset, nullptr);
        onset->setDate(yearAgo);
        dialog->accept();
    });
    m_panel->recordButton()->click();
    ASSERT_TRUE(opened);
    EXPECT_EQ(ConditionRepository(*m_workspace).get(m_condition)->onsetDate, yearAgo);
    EXPECT_EQ(assumingRow(), -1) << "the sciatica findings now rest on the record";
    // A year on, sciatica is chronic: heavy and loaded flexion still draw a finding.
    EXPECT_TRUE(flagged().contains(1)) << "sit-up";
    EXPECT_TRUE(flagged().contains(2)) << "deadlift";

    // The back pain episode's own onset is still missing: its findings say so and offer the
    // episode's dialog.
    const int episodeRow = assuming(SafetyAssumption::Missing::EpisodeOnset);
    ASSERT_GE(episodeRow, 0);
    m_panel->selectFinding(episodeRow);
    EXPECT_TRUE(m_panel->details()->text().contains(QStringLiteral("episode of care")));
    opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<EpisodeDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        opened = true;
        auto* onset = dialog->findChild<DateField*>(QStringLiteral("onset"));
        ASSERT_NE(onset, nullptr);
        onset->setDate(yearAgo);
        dialog->accept();
    });
    m_panel->recordButton()->click();
    ASSERT_TRUE(opened);
    EXPECT_EQ(assuming(SafetyAssumption::Missing::EpisodeOnset), -1);
    EXPECT_EQ(assuming(SafetyAssumption::Missing::ConditionOnset), -1);
    EXPECT_TRUE(flagged().contains(1)) << "sit-up";
    EXPECT_TRUE(flagged().contains(2)) << "deadlift";
    // Leg symptoms come from a visit, not one field: the finding says so, with no button.
    const int legsRow = assuming(SafetyAssumption::Missing::LegSymptoms);
    ASSERT_GE(legsRow, 0);
    m_panel->selectFinding(legsRow);
    EXPECT_TRUE(m_panel->details()->text().contains(QStringLiteral("Leg symptoms not recorded")));
    EXPECT_TRUE(m_panel->recordButton()->isHidden());

    // Each onset was a patient edit like any other: undo clears it, and the panel follows.
    m_undo.undo();
    m_undo.undo();
    EXPECT_FALSE(ConditionRepository(*m_workspace).get(m_condition)->onsetDate.isValid());
    EXPECT_GE(assumingRow(), 0);
    EXPECT_EQ(flagged(), (QSet<int>{0, 1, 2}));
}

TEST_F(SafetyAssumptionPanelTest, CancellingTheDialogChangesNothing)
{
    const int row = assumingRow();
    ASSERT_GE(row, 0);
    m_panel->selectFinding(row);
    const int steps = m_undo.count();
    QTimer::singleShot(0, [] {
        if (auto* dialog = qobject_cast<ConditionDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    m_panel->recordButton()->click();
    EXPECT_FALSE(ConditionRepository(*m_workspace).get(m_condition)->onsetDate.isValid());
    EXPECT_EQ(m_undo.count(), steps);
    EXPECT_GE(assumingRow(), 0);
}
