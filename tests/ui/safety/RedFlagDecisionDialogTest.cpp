// The decision on red flags, in one dialog: every undecided flag of every screen is offered
// (older screens too: a later clear screen decides nothing), ticked, grouped by tier with the
// screen it came from; "Record Decision" only with a ticked flag, a decision, a note and a
// name; recording through the Red flags tab stores it on the ticked flags, updates the banner
// and the badge and opens the handout gate once every flag is decided; cancelling stores
// nothing; a refused decision stays on screen with the reason and overwrites nothing.

#include "safety/RedFlagDecisionDialog.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagHistoryModel.h"
#include "safety/RedFlagTab.h"
#include "services/HandoutGate.h"
#include "storage/RedFlagRepository.h"
#include "support/PatientUiFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
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
        // Three weeks ago: an emergency and an infection flag, no decision. Since then a clear
        // screen. It decides nothing.
        m_older = record(m_clock.today().addDays(-21), {u"bilateral_sciatica"_qs, u"fever"_qs});
        m_clear = record(m_clock.today().addDays(-7), {});
    }

    qint64 record(const QDate& date, const QStringList& flags)
    {
        RedFlagScreen s;
        s.patientId = m_patient;
        s.clinician = u"J. Physio"_qs;
        s.date = date;
        s.flags = flags;
        auto id = RedFlagRepository(*m_workspace).record(s);
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    RedFlagScreen screen(qint64 id) { return *RedFlagRepository(*m_workspace).get(id); }

    // Clicks `button` (which opens the decision dialog) with `fill` acting on the dialog.
    void withDialog(QWidget& owner, const std::function<void()>& open,
                    const std::function<void(RedFlagDecisionDialog&)>& fill)
    {
        bool seen = false;
        QTimer::singleShot(0, &owner, [&] {
            auto* dialog = owner.findChild<RedFlagDecisionDialog*>();
            ASSERT_TRUE(dialog);
            seen = true;
            fill(*dialog);
            if (dialog->isVisible()) // the test's fill did not close it: don't hang
                dialog->reject();
        });
        open();
        EXPECT_TRUE(seen);
    }

    void decideThroughTab(RedFlagTab& tab, const std::function<void(RedFlagDecisionDialog&)>& fill)
    {
        withDialog(
            tab, [&] { tab.decideButton()->click(); }, fill);
    }

    qint64 m_patient = 0;
    qint64 m_older = 0;
    qint64 m_clear = 0;
};

TEST_F(RedFlagDecisionDialogTest, OffersEveryUndecidedFlagWithItsTierAndScreen)
{
    // A newer screen with one flag decided and one not.
    const qint64 newer = record(m_clock.today(), {u"night_pain"_qs, u"weight_loss"_qs});
    ASSERT_TRUE(RedFlagRepository(*m_workspace)
                    .decideFlags({{newer, u"weight_loss"_qs}}, RedFlagDecision::Discussed,
                                 u"Weight stable since"_qs, u"J. Physio"_qs));
    RedFlagDecisionDialog dialog(*m_workspace, {screen(m_older), screen(m_clear), screen(newer)},
                                 u"J. Physio"_qs);
    auto* saddle = dialog.flagBox(m_older, u"bilateral_sciatica"_qs);
    auto* fever = dialog.flagBox(m_older, u"fever"_qs);
    auto* night = dialog.flagBox(newer, u"night_pain"_qs);
    ASSERT_TRUE(saddle && fever && night);
    EXPECT_EQ(dialog.flagBox(newer, u"weight_loss"_qs), nullptr) << "already decided";
    for (auto* box : {saddle, fever, night})
        EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(saddle->text().contains(u"both legs"_qs)) << saddle->text().toStdString();
    EXPECT_TRUE(saddle->text().contains(
        QLocale().toString(m_clock.today().addDays(-21), QLocale::LongFormat)));
    EXPECT_TRUE(saddle->text().contains(u"J. Physio"_qs));
    EXPECT_EQ(dialog.chosenFlags().size(), 3);
    // Tier headings in order of urgency, each with the suggested action.
    QStringList headings;
    for (auto* label : dialog.findChildren<QLabel*>())
        if (label->text().contains(u"suggested:"_qs))
            headings.append(label->text());
    ASSERT_EQ(headings.size(), 3);
    EXPECT_TRUE(headings[0].contains(u"Emergency"_qs)) << headings[0].toStdString();
    EXPECT_TRUE(headings[1].contains(u"malignancy"_qs, Qt::CaseInsensitive))
        << headings[1].toStdString();
    EXPECT_TRUE(headings[2].contains(u"infection"_qs, Qt::CaseInsensitive))
        << headings[2].toStdString();
    // Emergency flags come first in the dialog whatever the screen order.
    auto boxes = dialog.findChildren<QCheckBox*>();
    ASSERT_EQ(boxes.size(), 3);
    EXPECT_EQ(boxes.first(), saddle);
}

TEST_F(RedFlagDecisionDialogTest, RecordNeedsAFlagADecisionANoteAndAName)
{
    RedFlagDecisionDialog dialog(*m_workspace, screen(m_older), u"J. Physio"_qs);
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
    // A decision about no flag at all cannot be recorded.
    for (auto* box : dialog.findChildren<QCheckBox*>())
        box->setChecked(false);
    EXPECT_FALSE(record->isEnabled());
    dialog.flagBox(m_older, u"fever"_qs)->setChecked(true);
    EXPECT_TRUE(record->isEnabled());

    // Pressing Return with the button disabled records nothing.
    dialog.noteEdit()->clear();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(screen(m_older).flagDecisions.isEmpty());
}

TEST_F(RedFlagDecisionDialogTest, TheTabDecidesFlagsOfOlderScreensAndOpensTheGate)
{
    QWidget host;
    RedFlagTab tab(*m_workspace, &host);
    QString alert;
    QObject::connect(&tab, &RedFlagTab::alertChanged, &tab,
                     [&](const QString& text) { alert = text; });
    tab.setPatient(m_patient);
    // The newest screen is clear, and still the older flags hold handouts back.
    EXPECT_FALSE(tab.banner()->isHidden());
    EXPECT_TRUE(tab.banner()->text().contains(u"both legs"_qs))
        << tab.banner()->text().toStdString();
    EXPECT_FALSE(alert.isEmpty());
    EXPECT_TRUE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(HandoutGate::check(*m_workspace, m_patient).ok());
    auto* model = tab.historyModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_FALSE(model->index(0, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool()); // clear
    EXPECT_TRUE(model->index(1, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool());

    // First only the emergency flag: the infection flag still holds the gate.
    decideThroughTab(tab, [this](RedFlagDecisionDialog& dialog) {
        EXPECT_EQ(dialog.chosenFlags().size(), 2);
        dialog.flagBox(m_older, u"fever"_qs)->setChecked(false);
        dialog.decisionButton(RedFlagDecision::Referred)->click();
        dialog.noteEdit()->setPlainText(u"Sent to A&E with a letter; spinal team informed."_qs);
        dialog.recordButton()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialog.problem().isEmpty());
    });
    auto stored = screen(m_older);
    ASSERT_TRUE(stored.decided(u"bilateral_sciatica"_qs));
    EXPECT_EQ(stored.flagDecisions.value(u"bilateral_sciatica"_qs).decision,
              RedFlagDecision::Referred);
    EXPECT_EQ(stored.flagDecisions.value(u"bilateral_sciatica"_qs).note,
              u"Sent to A&E with a letter; spinal team informed."_qs);
    EXPECT_FALSE(stored.flagDecisions.value(u"bilateral_sciatica"_qs).decidedBy.isEmpty());
    EXPECT_FALSE(stored.decided(u"fever"_qs));
    EXPECT_FALSE(tab.banner()->isHidden());
    EXPECT_FALSE(tab.banner()->text().contains(u"both legs"_qs));
    EXPECT_TRUE(tab.banner()->text().contains(u"Fever"_qs, Qt::CaseInsensitive));
    EXPECT_TRUE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(HandoutGate::check(*m_workspace, m_patient).ok());
    // One line per flag in the history while their decisions differ.
    EXPECT_EQ(model->index(1, RedFlagHistoryModel::Decision).data().toString(),
              redFlagDecisionLabel(RedFlagDecision::Referred) + u"\nNo decision yet"_qs);

    decideThroughTab(tab, [this](RedFlagDecisionDialog& dialog) {
        ASSERT_EQ(dialog.chosenFlags().size(), 1);
        EXPECT_EQ(dialog.chosenFlags().first().code, u"fever"_qs);
        dialog.decisionButton(RedFlagDecision::Discussed)->click();
        dialog.noteEdit()->setPlainText(u"No fever at the review; GP aware."_qs);
        dialog.recordButton()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    });
    EXPECT_TRUE(tab.banner()->isHidden());
    EXPECT_TRUE(alert.isEmpty());
    EXPECT_FALSE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(model->index(1, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool());
    EXPECT_TRUE(HandoutGate::check(*m_workspace, m_patient).ok());
}

TEST_F(RedFlagDecisionDialogTest, DoubleClickOnAScreenOffersItsOwnFlags)
{
    const qint64 newer = record(m_clock.today(), {u"night_pain"_qs});
    QWidget host;
    RedFlagTab tab(*m_workspace, &host);
    tab.setPatient(m_patient);
    auto* view = tab.history();
    QModelIndex olderRow;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(RedFlagHistoryModel::ScreenIdRole).toLongLong() ==
            m_older)
            olderRow = view->model()->index(r, 0);
    ASSERT_TRUE(olderRow.isValid());
    withDialog(
        tab, [&] { emit view->doubleClicked(olderRow); },
        [&](RedFlagDecisionDialog& dialog) {
            EXPECT_TRUE(dialog.flagBox(m_older, u"fever"_qs));
            EXPECT_EQ(dialog.flagBox(newer, u"night_pain"_qs), nullptr);
            EXPECT_EQ(dialog.chosenFlags().size(), 2);
            dialog.reject();
        });
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
    EXPECT_TRUE(screen(m_older).flagDecisions.isEmpty());
    EXPECT_FALSE(tab.banner()->isHidden());
    EXPECT_TRUE(tab.decideButton()->isEnabled());
    EXPECT_FALSE(HandoutGate::check(*m_workspace, m_patient).ok());
}

TEST_F(RedFlagDecisionDialogTest, ARefusedDecisionIsShownAndNothingIsOverwritten)
{
    RedFlagDecisionDialog dialog(*m_workspace, screen(m_older), u"J. Physio"_qs);
    dialog.decisionButton(RedFlagDecision::NotApplicable)->click();
    dialog.noteEdit()->setPlainText(u"Ticked in error"_qs);
    // A colleague records a decision on one of the flags while the dialog is open.
    ASSERT_TRUE(RedFlagRepository(*m_workspace)
                    .decideFlags({{m_older, u"fever"_qs}}, RedFlagDecision::Referred, u"GP"_qs,
                                 u"A. Colleague"_qs));
    dialog.recordButton()->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(u"already has a decision"_qs))
        << dialog.problem().toStdString();
    EXPECT_EQ(dialog.note(), u"Ticked in error"_qs); // what was typed is still there
    const auto stored = screen(m_older);
    // The colleague's decision stands; the other flag was not decided either (one transaction).
    EXPECT_EQ(stored.flagDecisions.value(u"fever"_qs).decision, RedFlagDecision::Referred);
    EXPECT_EQ(stored.flagDecisions.value(u"fever"_qs).decidedBy, u"A. Colleague"_qs);
    EXPECT_FALSE(stored.decided(u"bilateral_sciatica"_qs));
}

} // namespace
} // namespace gradus
