// The red-flag screen in the app: the dialog refuses a ticked flag without a decision and a
// note, the banner shows unresolved flags and disappears when a decision is recorded, and the
// main window's patient view carries the Red flags tab.

#include "MainWindow.h"
#include "Workspace.h"
#include "notify/StoreNotifier.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "safety/FindingPresentation.h"
#include "safety/RedFlagBanner.h"
#include "safety/RedFlagHistoryModel.h"
#include "safety/RedFlagScreenDialog.h"
#include "safety/RedFlagTab.h"
#include "services/HandoutGate.h"
#include "storage/RedFlagRepository.h"
#include "support/PatientUiFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

namespace gradus {
namespace {

class RedFlagUiTest : public test::PatientUiTest
{
};

TEST_F(RedFlagUiTest, DialogNeedsDecisionAndNoteWhenAFlagIsTicked)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    RedFlagScreenDialog dialog(pid, 46, m_workspace->settings(), u"J. Physio"_qs);
    EXPECT_TRUE(dialog.screen().flags.isEmpty()); // 46 is inside the default thresholds
    dialog.setFlagChecked(u"fever"_qs, true);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.findChild<QLabel*>(u"problem"_qs)->text().isEmpty());

    dialog.setDecision(RedFlagDecision::Referred, {});
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    dialog.setDecision(RedFlagDecision::Referred, u"GP same day"_qs);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto s = dialog.screen();
    EXPECT_EQ(s.flags, QStringList{u"fever"_qs});
    EXPECT_EQ(s.decision, RedFlagDecision::Referred);
    EXPECT_EQ(s.note, u"GP same day"_qs);
    EXPECT_TRUE(RedFlagRepository(*m_workspace).record(s));
}

TEST_F(RedFlagUiTest, DialogSuggestsTheAgeFlagFromSettings)
{
    RedFlagScreenDialog older(1, 51, m_workspace->settings(), u"J"_qs);
    EXPECT_EQ(older.screen().flags, QStringList{u"age_new_pain"_qs});
    ASSERT_TRUE(m_workspace->settings().setValue(ClinicSettings::Key::RedFlagAgeOver, 60));
    RedFlagScreenDialog notOlder(1, 51, m_workspace->settings(), u"J"_qs);
    EXPECT_TRUE(notOlder.screen().flags.isEmpty());
}

TEST_F(RedFlagUiTest, BannerShowsUnresolvedFlagsUntilDecided)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    RedFlagTab tab(*m_workspace);
    tab.setPatient(pid);
    const RedFlagBanner& banner = *tab.banner();
    EXPECT_TRUE(banner.isHidden());
    RedFlagScreen s;
    s.patientId = pid;
    s.clinician = u"J. Physio"_qs;
    s.flags = {u"ces_saddle"_qs};
    auto id = RedFlagRepository(*m_workspace).record(s);
    ASSERT_TRUE(id);
    EXPECT_FALSE(banner.isHidden()); // the tab follows the store notifier
    EXPECT_TRUE(banner.text().contains(u"saddle"_qs));
    EXPECT_FALSE(HandoutGate::check(*m_workspace, pid).ok());
    ASSERT_TRUE(RedFlagRepository(*m_workspace)
                    .decide(*id, RedFlagDecision::Referred, u"A&E"_qs, u"J. Physio"_qs));
    EXPECT_TRUE(banner.isHidden());
    EXPECT_TRUE(HandoutGate::check(*m_workspace, pid).ok());
}

TEST_F(RedFlagUiTest, TheTabReadsThePatientsScreensOncePerChange)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    RedFlagTab tab(*m_workspace);
    tab.setPatient(pid);
    RedFlagScreen s;
    s.patientId = pid;
    s.clinician = u"J. Physio"_qs;
    s.flags = {u"ces_saddle"_qs};
    int screenReads = 0;
    m_workspace->db().setStatementObserver([&](const QString& sql, const QVariantList&) {
        if (sql.contains(u"FROM red_flag_screen s "_qs)) // the screens, not their flags
            ++screenReads;
    });
    auto id = RedFlagRepository(*m_workspace).record(s);
    m_workspace->db().setStatementObserver({});
    ASSERT_TRUE(id);
    // The banner, the history and the buttons are fed from one read, not one each.
    EXPECT_EQ(screenReads, 1);
    EXPECT_EQ(tab.historyModel()->rowCount(), 1);
    EXPECT_TRUE(tab.banner()->text().contains(u"saddle"_qs));

    // A reset (another desk restored, the store was switched) reloads them too.
    ASSERT_TRUE(
        m_workspace->db().exec(u"UPDATE red_flag_screen SET note = 'seen' WHERE id = ?"_qs, {*id}));
    screenReads = 0;
    m_workspace->db().setStatementObserver([&](const QString& sql, const QVariantList&) {
        if (sql.contains(u"FROM red_flag_screen s "_qs)) // the screens, not their flags
            ++screenReads;
    });
    m_workspace->db().notify(StoreNotice::reset(StoreNotifier::Kind::Screen));
    m_workspace->db().setStatementObserver({});
    EXPECT_EQ(screenReads, 1);
}

TEST_F(RedFlagUiTest, MainWindowPatientViewHasTheRedFlagsTab)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    RedFlagScreen s;
    s.patientId = pid;
    s.clinician = u"J. Physio"_qs;
    s.flags = {u"fever"_qs};
    ASSERT_TRUE(RedFlagRepository(*m_workspace).record(s));
    MainWindow window(*m_workspace);
    auto* page = window.findChild<PatientsPage*>();
    ASSERT_TRUE(page);
    page->showPatient(pid);
    auto* tab = window.findChild<RedFlagTab*>();
    ASSERT_TRUE(tab);
    EXPECT_EQ(tab->history()->model()->rowCount(), 1);
    EXPECT_FALSE(tab->banner()->isHidden());

    // Whatever tab is open, the header says so, and one click opens the Red flags tab.
    auto* view = window.findChild<PatientView*>();
    ASSERT_TRUE(view);
    view->tabs()->setCurrentIndex(0);
    ASSERT_FALSE(view->alertBadge()->isHidden());
    EXPECT_TRUE(view->alertBadge()->text().contains(u"red flags"_qs));
    const int tabIndex = view->tabs()->indexOf(tab);
    EXPECT_FALSE(view->tabs()->tabIcon(tabIndex).isNull());
    view->alertBadge()->click();
    EXPECT_EQ(view->tabs()->currentWidget(), tab);

    // Another patient without flags: no alert; back to this one: the alert again.
    const qint64 other = addPatient(u"Sol"_qs, u"Example"_qs, QDate(1975, 5, 5));
    page->showPatient(other);
    EXPECT_TRUE(view->alertBadge()->isHidden());
    EXPECT_TRUE(view->tabs()->tabIcon(tabIndex).isNull());
    page->showPatient(pid);
    EXPECT_FALSE(view->alertBadge()->isHidden());

    // A recorded decision clears it.
    auto latest = RedFlagRepository(*m_workspace).latest(pid);
    ASSERT_TRUE(latest && latest->has_value());
    ASSERT_TRUE(
        RedFlagRepository(*m_workspace)
            .decide((*latest)->id, RedFlagDecision::Discussed, u"GP aware"_qs, u"J. Physio"_qs));
    EXPECT_TRUE(view->alertBadge()->isHidden());
}

TEST_F(RedFlagUiTest, ScreensThatCannotBeReadAreNeverShownAsClear)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    const qint64 other = addPatient(u"Sol"_qs, u"Example"_qs, QDate(1975, 5, 5));
    MainWindow window(*m_workspace);
    window.resize(1100, 700);
    auto* page = window.findChild<PatientsPage*>();
    auto* view = window.findChild<PatientView*>();
    auto* tab = window.findChild<RedFlagTab*>();
    ASSERT_TRUE(page && view && tab);
    page->showPatient(pid);
    EXPECT_TRUE(tab->banner()->isHidden()) << "no screen, no flag: nothing to say";
    EXPECT_TRUE(view->alertBadge()->isHidden());

    // The screens table goes missing under the app (a damaged or half-restored store).
    ASSERT_TRUE(
        m_workspace->db().exec(u"ALTER TABLE red_flag_screen RENAME TO red_flag_screen_away"_qs));
    page->showPatient(other);
    page->showPatient(pid);
    ASSERT_FALSE(tab->banner()->isHidden());
    EXPECT_TRUE(tab->banner()->text().contains(u"could not be read"_qs));
    ASSERT_FALSE(view->alertBadge()->isHidden());
    EXPECT_TRUE(view->alertBadge()->text().contains(u"could not be read"_qs));
    EXPECT_FALSE(HandoutGate::check(*m_workspace, pid).ok()) << "no handout on unknown flags";
    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window.show();
        view->tabs()->setCurrentWidget(tab);
        window.grab().save(QDir(shots).filePath(u"red-flags-unreadable.png"_qs));
    }

    ASSERT_TRUE(
        m_workspace->db().exec(u"ALTER TABLE red_flag_screen_away RENAME TO red_flag_screen"_qs));
    page->showPatient(other);
    page->showPatient(pid);
    EXPECT_TRUE(tab->banner()->isHidden());
    EXPECT_TRUE(view->alertBadge()->isHidden());
}

TEST(FindingPresentation, SeveritiesLookDifferentAndTooltipCitesTheSource)
{
    EXPECT_NE(FindingPresentation::colour(Severity::Avoid),
              FindingPresentation::colour(Severity::Caution));
    EXPECT_NE(FindingPresentation::colour(Severity::Caution),
              FindingPresentation::colour(Severity::Prefer));
    EXPECT_FALSE(FindingPresentation::icon(Severity::Avoid).isNull());
    SafetyFinding f;
    f.severity = Severity::Avoid;
    f.reason = u"Too much flexion"_qs;
    f.source = u"Royal Osteoporosis Society 2022"_qs;
    f.alternatives = {u"modified_curl_up"_qs};
    const QString tip = FindingPresentation::tooltip(f);
    EXPECT_TRUE(tip.contains(u"Too much flexion"_qs));
    EXPECT_TRUE(tip.contains(u"Royal Osteoporosis Society 2022"_qs));
    EXPECT_TRUE(tip.contains(u"modified_curl_up"_qs));
}

} // namespace
} // namespace gradus
