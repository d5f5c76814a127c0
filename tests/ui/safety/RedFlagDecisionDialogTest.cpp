// The decision on a positive red-flag screen, in one dialog: "Record Decision" only with a
// decision, a note and a name; recording through the Red flags tab stores it, clears the
// banner and opens the handout gate; cancelling stores nothing; a refused decision stays on
// screen with the reason and leaves the stored screen as it was.

#include "safety/RedFlagDecisionDialog.h"
#include "safety/HandoutGate.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagHistoryModel.h"
#include "safety/RedFlagTab.h"
#include "storage/RedFlagRepository.h"
#include "support/PatientUiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace gradus {
namespace {

class RedFlagDecisionDialogTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        test::PatientUiTest::SetUp();
        m_patient = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
        RedFlagScreen s;
        s.patientId = m_patient;
        s.clinician = u"J. Physio"_qs;
        s.flags = {u"bilateral_sciatica"_qs, u"fever"_qs};
        auto id = RedFlagRepository(*m_workspace).record(s);
        ASSERT_TRUE(id);
        m_screenId = *id;
    }

    RedFlagScreen screen() { return *RedFlagRepository(*m_workspace).get(m_screenId); }

    // Runs the tab's "Record Decision…" with `fill` acting on the dialog once it is open.
    void decideThroughTab(RedFlagTab& tab, std::function<void(RedFlagDecisionDialog&)> fill)
    {
        bool seen = false;
        QTimer::singleShot(0, &tab, [&] {
            auto* dialog = tab.findChild<RedFlagDecisionDialog*>();
            ASSERT_TRUE(dialog);
            seen = true;
            fill(*dialog);
            if (dialog->isVisible()) // the test's fill did not close it: don't hang
                dialog->reject();
        });
        tab.decideButton()->click();
        EXPECT_TRUE(seen);
    }

    qint64 m_patient = 0;
    qint64 m_screenId = 0;
};

TEST_F(RedFlagDecisionDialogTest, ShowsTheScreensFlagsWithTheirTiers)
{
    RedFlagDecisionDialog dialog(*m_workspace, screen(), u"J. Physio"_qs);
    const QString summary = dialog.findChild<QLabel*>(u"screenSummary"_qs)->text();
    EXPECT_TRUE(summary.contains(u"both legs"_qs)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Emergency"_qs));
    EXPECT_TRUE(summary.contains(u"Fever"_qs, Qt::CaseInsensitive));
    EXPECT_TRUE(summary.contains(u"Possible infection"_qs));
    EXPECT_TRUE(summary.contains(u"J. Physio"_qs));
    // Emergency (the most urgent tier) is listed before infection, whatever the tick order.
    EXPECT_LT(summary.indexOf(u"Emergency"_qs), summary.indexOf(u"Possible infection"_qs));
}

TEST_F(RedFlagDecisionDialogTest, RecordNeedsADecisionANoteAndAName)
{
    RedFlagDecisionDialog dialog(*m_workspace, screen(), u"J. Physio"_qs);
    auto* record = dialog.recordButton();
    auto* hint = dialog.findChild<QLabel*>(u"noteHint"_qs);
    EXPECT_EQ(record->text(), u"&Record Decision"_qs);
    EXPECT_FALSE(dialog.decision().has_value());
    EXPECT_FALSE(record->isEnabled());

    // A note alone is not a decision.
    dialog.noteEdit()->setPlainText(u"Seen by GP"_qs);
    EXPECT_FALSE(record->isEnabled());
    dialog.noteEdit()->clear();

    for (auto d :
         {RedFlagDecision::Referred, RedFlagDecision::Discussed, RedFlagDecision::NotApplicable}) {
        dialog.noteEdit()->clear();
        dialog.decisionButton(d)->click();
        EXPECT_EQ(dialog.decision(), d);
        EXPECT_TRUE(dialog.noteRequired());
        EXPECT_FALSE(record->isEnabled()) << redFlagDecisionCode(d).toStdString();
        EXPECT_TRUE(hint->text().startsWith(u"Required"_qs)) << hint->text().toStdString();
        dialog.noteEdit()->setPlainText(u"   \n "_qs); // blank is no note
        EXPECT_FALSE(record->isEnabled());
        dialog.noteEdit()->setPlainText(u"Spoke to on-call spinal registrar"_qs);
        EXPECT_TRUE(record->isEnabled());
    }
    dialog.clinicianEdit()->clear();
    EXPECT_FALSE(record->isEnabled());
    dialog.clinicianEdit()->setText(u"J. Physio"_qs);
    EXPECT_TRUE(record->isEnabled());

    // Pressing Return with the button disabled records nothing.
    dialog.noteEdit()->clear();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(screen().decision.has_value());
}

TEST_F(RedFlagDecisionDialogTest, RecordingThroughTheTabStoresItAndOpensTheHandoutGate)
{
    QWidget host;
    RedFlagTab tab(*m_workspace, &host);
    tab.setPatient(m_patient);
    EXPECT_FALSE(tab.banner()->isHidden());
    EXPECT_TRUE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(HandoutGate::check(*m_workspace, m_patient).ok());
    auto* model = tab.historyModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(model->index(0, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool());

    decideThroughTab(tab, [](RedFlagDecisionDialog& dialog) {
        dialog.decisionButton(RedFlagDecision::Referred)->click();
        dialog.noteEdit()->setPlainText(u"Sent to A&E with a letter; spinal team informed."_qs);
        dialog.recordButton()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialog.problem().isEmpty());
    });

    const auto stored = screen();
    ASSERT_TRUE(stored.decision.has_value());
    EXPECT_EQ(*stored.decision, RedFlagDecision::Referred);
    EXPECT_EQ(stored.note, u"Sent to A&E with a letter; spinal team informed."_qs);
    EXPECT_FALSE(stored.decidedBy.isEmpty());
    EXPECT_TRUE(tab.banner()->isHidden());
    EXPECT_FALSE(tab.decideButton()->isEnabled());
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->index(0, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool());
    EXPECT_EQ(model->index(0, RedFlagHistoryModel::Decision).data().toString(),
              redFlagDecisionLabel(RedFlagDecision::Referred));
    EXPECT_TRUE(HandoutGate::check(*m_workspace, m_patient).ok());
}

TEST_F(RedFlagDecisionDialogTest, CancelStoresNothing)
{
    QWidget host;
    RedFlagTab tab(*m_workspace, &host);
    tab.setPatient(m_patient);
    decideThroughTab(tab, [](RedFlagDecisionDialog& dialog) {
        dialog.decisionButton(RedFlagDecision::NotApplicable)->click();
        dialog.noteEdit()->setPlainText(u"Ticked in error"_qs);
        dialog.reject();
    });
    EXPECT_FALSE(screen().decision.has_value());
    EXPECT_TRUE(screen().note.isEmpty());
    EXPECT_FALSE(tab.banner()->isHidden());
    EXPECT_TRUE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(HandoutGate::check(*m_workspace, m_patient).ok());
}

TEST_F(RedFlagDecisionDialogTest, ARefusedDecisionIsShownAndNothingIsOverwritten)
{
    RedFlagDecisionDialog dialog(*m_workspace, screen(), u"J. Physio"_qs);
    dialog.decisionButton(RedFlagDecision::NotApplicable)->click();
    dialog.noteEdit()->setPlainText(u"Ticked in error"_qs);
    // A colleague records a decision on the same screen while the dialog is open.
    ASSERT_TRUE(RedFlagRepository(*m_workspace)
                    .decide(m_screenId, RedFlagDecision::Referred, u"A&E"_qs, u"A. Colleague"_qs));
    dialog.recordButton()->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(u"already has a decision"_qs))
        << dialog.problem().toStdString();
    EXPECT_EQ(dialog.note(), u"Ticked in error"_qs); // what was typed is still there
    const auto stored = screen();
    EXPECT_EQ(stored.decision, RedFlagDecision::Referred);
    EXPECT_EQ(stored.note, u"A&E"_qs);
    EXPECT_EQ(stored.decidedBy, u"A. Colleague"_qs);
}

} // namespace
} // namespace gradus
