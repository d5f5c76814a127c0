#include "patients/PatientsPage.h"
#include "patients/DemoOffer.h"
#include "patients/EpisodesTab.h"
#include "patients/ErasePatientDialog.h"
#include "patients/PatientDetailsTab.h"
#include "patients/PatientDialog.h"
#include "patients/PatientFilterProxy.h"
#include "patients/PatientListModel.h"
#include "patients/PatientView.h"

#include "MainWindow.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "support/PatientUiFixture.h"
#include "support/TableAway.h"

#include <gtest/gtest.h>

#include <memory>

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace gradus;

namespace {

class PatientsPageTest : public test::PatientUiTest
{
protected:
    // An episode of care for `patientId`, opened on `opened`, with one condition `code`.
    void addEpisodeWithCondition(qint64 patientId, const QString& complaint, const QDate& onset,
                                 const QDate& opened, const QString& code,
                                 Condition::Side side = Condition::Side::None)
    {
        Episode e;
        e.patientId = patientId;
        e.complaint = complaint;
        e.onsetDate = onset;
        e.openedOn = opened;
        auto episodeId = EpisodeRepository(*m_workspace).add(e);
        ASSERT_TRUE(episodeId);
        Condition c;
        c.episodeId = *episodeId;
        c.code = code;
        c.side = side;
        ASSERT_TRUE(ConditionRepository(*m_workspace).add(c));
    }

    // Runs `interact` on the next modal dialog of type Dialog once it is open (polling, as
    // a real X server maps windows in its own time).
    template <typename Dialog, typename F> void onNextDialog(F interact)
    {
        auto* timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, tries, interact] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            if (!dialog && ++*tries < 500)
                return;
            timer->stop();
            timer->deleteLater();
            ASSERT_NE(dialog, nullptr) << "no dialog opened";
            interact(dialog);
        });
        timer->start(10);
    }

    // Shows the page as the active window, so that keyboard focus and shortcuts work the
    // same under Xvfb as on a desktop.
    static void showActive(QWidget& page)
    {
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    static void type(QWidget* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
        ASSERT_NE(edit, nullptr) << field;
        edit->setText(text);
    }

    static QString message(QWidget* dialog, const char* field)
    {
        auto* label =
            dialog->findChild<QLabel*>(QString::fromLatin1(field) + QStringLiteral("Message"));
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }

    StoreUndoStack m_stack;
};

} // namespace

namespace {

void clickButton(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (button->text() == text) {
            button->click();
            return;
        }
    ADD_FAILURE() << "no button " << text.toStdString();
}

} // namespace

TEST_F(PatientsPageTest, PatientsIsTheFirstPage)
{
    MainWindow window(*m_workspace);
    EXPECT_NE(qobject_cast<PatientsPage*>(window.currentPage()), nullptr);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionPagePatientsPage"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
}

TEST_F(PatientsPageTest, KeyboardFindTypeAndOpen)
{
    const qint64 zoe =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5));
    PatientsPage page(*m_workspace, &m_stack);
    showActive(page);
    page.table()->setFocus();

    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(page.searchField()->hasFocus());
    QTest::keyClicks(page.searchField(), QStringLiteral("zoe"));
    EXPECT_EQ(page.proxy()->rowCount(), 1);
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    EXPECT_EQ(page.patientView()->patientId(), zoe);
    EXPECT_FALSE(page.searchField()->hasFocus());
    EXPECT_EQ(page.patientView()->findChild<QLabel*>(QStringLiteral("patientName"))->text(),
              QStringLiteral("Zoë Müller"));

    // Down from the search field walks the list.
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    page.searchField()->clear();
    QTest::keyClick(page.searchField(), Qt::Key_Down);
    QTest::keyClick(page.searchField(), Qt::Key_Down);
    EXPECT_EQ(page.table()->currentIndex().row(), 1);
    EXPECT_EQ(page.patientView()->patientId(), zoe);
}

TEST_F(PatientsPageTest, CtrlNAddsAPatientAndShowsThem)
{
    PatientsPage page(*m_workspace, &m_stack);
    showActive(page);
    onNextDialog<PatientDialog>([](PatientDialog* dialog) {
        type(dialog, "given", QStringLiteral("Łukasz"));
        type(dialog, "family", QStringLiteral("Straßer"));
        type(dialog, "dob", QStringLiteral("09.01.1960"));
        dialog->accept();
    });
    QTest::keyClick(page.searchField(), Qt::Key_N, Qt::ControlModifier);
    const auto all = PatientRepository(*m_workspace).list(true);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().dateOfBirth, QDate(1960, 1, 9));
    EXPECT_EQ(page.patientView()->patientId(), all->first().id);
    EXPECT_EQ(page.proxy()->rowCount(), 1);
    EXPECT_EQ(m_stack.count(), 1);
}

TEST_F(PatientsPageTest, DialogShowsProblemsAtTheFieldsAndSavesNothing)
{
    addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5),
               QStringLiteral("K-1"));
    int saves = 0;
    PatientDialog dialog(*m_workspace, Patient(), [&saves](const Patient&) -> Status {
        ++saves;
        return {};
    });
    dialog.show();
    type(&dialog, "given", QStringLiteral("Zoë"));
    type(&dialog, "dob", QStringLiteral("2027-01-01"));
    type(&dialog, "clinicNumber", QStringLiteral("k-1"));
    type(&dialog, "email", QStringLiteral("zoe at example"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(saves, 0);
    EXPECT_EQ(message(&dialog, "family"), QStringLiteral("The family name is required."));
    EXPECT_EQ(message(&dialog, "dob"),
              QStringLiteral("The date of birth 2027-01-01 is in the future."));
    EXPECT_EQ(message(&dialog, "clinic_number"),
              QStringLiteral("The clinic number k-1 is already used by Adams, Anna."));
    EXPECT_EQ(message(&dialog, "email"),
              QStringLiteral("'zoe at example' is not an e-mail address."));
    EXPECT_TRUE(message(&dialog, "given").isEmpty());
    EXPECT_TRUE(
        dialog.findChild<QLineEdit*>(QStringLiteral("family"))->property("invalid").toBool());

    // Messages follow the corrections as they are typed.
    type(&dialog, "family", QStringLiteral("Müller"));
    EXPECT_TRUE(message(&dialog, "family").isEmpty());
    type(&dialog, "dob", QStringLiteral("1985-02-30"));
    EXPECT_TRUE(message(&dialog, "dob").contains(QStringLiteral("is not a date")));
    type(&dialog, "dob", QStringLiteral("1890-01-01"));
    EXPECT_TRUE(message(&dialog, "dob").contains(QStringLiteral("please check the year")));
    type(&dialog, "dob", QStringLiteral("14/03/1985"));
    EXPECT_TRUE(message(&dialog, "dob").contains(QStringLiteral("14 March 1985"))); // the hint
    type(&dialog, "clinicNumber", QStringLiteral("K-2"));
    type(&dialog, "email", QString());
    dialog.accept();
    EXPECT_EQ(saves, 1);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.record().dateOfBirth, QDate(1985, 3, 14));
}

TEST_F(PatientsPageTest, EditThroughTheViewIsUndoable)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    PatientsPage page(*m_workspace, &m_stack);
    showActive(page);
    page.showPatient(id);
    onNextDialog<PatientDialog>([](PatientDialog* dialog) {
        type(dialog, "phone", QStringLiteral("07700 900123"));
        dialog->accept();
    });
    page.patientView()->editPatient();
    EXPECT_EQ(stored(id).phone, QStringLiteral("07700 900123"));
    auto* phone = page.patientView()->detailsTab()->valueLabel(QStringLiteral("phone"));
    EXPECT_EQ(phone->text(), QStringLiteral("07700 900123"));
    m_stack.undo();
    EXPECT_TRUE(stored(id).phone.isEmpty());
    EXPECT_EQ(phone->text(), QStringLiteral("—"));
    m_stack.redo();
    EXPECT_EQ(phone->text(), QStringLiteral("07700 900123"));
}

TEST_F(PatientsPageTest, ArchiveHidesAndRestoreBringsBack)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    page.showPatient(id);
    auto* archive = page.patientView()->findChild<QPushButton*>(QStringLiteral("archivePatient"));
    ASSERT_NE(archive, nullptr);
    archive->click();
    EXPECT_TRUE(stored(id).archived);
    EXPECT_EQ(page.proxy()->rowCount(), 0);
    EXPECT_TRUE(page.patientView()
                    ->findChild<QLabel*>(QStringLiteral("archivedBadge"))
                    ->isVisibleTo(page.patientView()));
    page.showPatient(id); // ticks "Show archived" to find them
    EXPECT_EQ(page.proxy()->rowCount(), 1);
    archive->click();
    EXPECT_FALSE(stored(id).archived);
    m_stack.undo();
    EXPECT_TRUE(stored(id).archived);
}

TEST_F(PatientsPageTest, DeletionNeedsTheFamilyNameTyped)
{
    const qint64 id = addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"),
                                 QDate(1985, 3, 14), QStringLiteral("K-9"));
    ASSERT_TRUE(EpisodeRepository(*m_workspace).ensureOpenEpisode(id));
    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    page.showPatient(id);

    // Cancelled: nothing happens.
    onNextDialog<ErasePatientDialog>([](ErasePatientDialog* dialog) {
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("eraseText"))->text();
        EXPECT_TRUE(text.contains(QStringLiteral("Zoë Müller"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("K-9")));
        EXPECT_TRUE(text.contains(QStringLiteral("episodes of care: 1")));
        EXPECT_FALSE(dialog->deleteButton()->isEnabled());
        dialog->confirmationField()->setText(QStringLiteral("Mueller"));
        EXPECT_FALSE(dialog->deleteButton()->isEnabled());
        dialog->reject();
    });
    page.patientView()->erasePatient();
    EXPECT_TRUE(PatientRepository(*m_workspace).get(id));

    onNextDialog<ErasePatientDialog>([](ErasePatientDialog* dialog) {
        dialog->confirmationField()->setText(QStringLiteral("muller"));
        ASSERT_TRUE(dialog->deleteButton()->isEnabled());
        dialog->deleteButton()->click();
    });
    page.patientView()->erasePatient();
    EXPECT_FALSE(PatientRepository(*m_workspace).get(id));
    EXPECT_EQ(page.patientView()->patientId(), 0);
    EXPECT_EQ(page.listModel()->rowCount(), 0);
    EXPECT_EQ(EpisodeRepository(*m_workspace).forPatient(id)->size(), 0);
}

TEST_F(PatientsPageTest, AProfileThatCannotBeReadIsNeverShownAsNoConditions)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    addEpisodeWithCondition(id, QStringLiteral("Low back pain"), {}, m_clock.today(),
                            QStringLiteral("pregnancy"));

    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    EpisodesTab* tab = page.patientView()->episodesTab();
    page.patientView()->tabs()->setCurrentWidget(tab);
    auto* profile = page.patientView()->findChild<QLabel*>(QStringLiteral("patientProfile"));
    auto* title = tab->findChild<QLabel*>(QStringLiteral("profileTitle"));
    ASSERT_NE(profile, nullptr);
    ASSERT_NE(title, nullptr);
    {
        test::TableAway conditions(m_workspace->db(), QStringLiteral("episode_condition"));
        ASSERT_TRUE(conditions.away());
        page.showPatient(id);
        EXPECT_TRUE(profile->text().contains(QStringLiteral("could not be read")))
            << profile->text().toStdString();
        EXPECT_FALSE(profile->text().contains(QStringLiteral("No active conditions")));
        EXPECT_TRUE(title->text().contains(QStringLiteral("could not be read")))
            << title->text().toStdString();
        // For looking at: GRADUS_SCREENSHOT_DIR=/tmp/shots writes the page.
        if (const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            page.resize(1200, 700);
            page.grab().save(shots + QStringLiteral("/profile-unreadable.png"));
        }
    }
    {
        test::TableAway episodes(m_workspace->db(), QStringLiteral("episode"));
        ASSERT_TRUE(episodes.away());
        page.patientView()->setPatientId(0);
        page.showPatient(id);
        EXPECT_TRUE(profile->text().contains(QStringLiteral("could not be read")))
            << profile->text().toStdString();
        EXPECT_FALSE(profile->text().contains(QStringLiteral("No open episode")));
        EXPECT_FALSE(
            page.patientView()->findChild<QPushButton*>(QStringLiteral("newEpisode"))->isEnabled())
            << "a second episode would be opened over one that exists";
    }
    page.patientView()->setPatientId(0);
    page.showPatient(id);
    EXPECT_TRUE(profile->text().contains(QStringLiteral("Pregnancy")))
        << profile->text().toStdString();
    EXPECT_FALSE(title->text().contains(QStringLiteral("could not be read")));
}

TEST_F(PatientsPageTest, EpisodesTabShowsPhaseAndProfile)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    addEpisodeWithCondition(id, QStringLiteral("Low back pain with left leg pain"),
                            m_clock.today().addDays(-50), m_clock.today().addDays(-40),
                            QStringLiteral("sciatica"), Condition::Side::Left);

    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    page.showPatient(id);
    const QString profile =
        page.patientView()->findChild<QLabel*>(QStringLiteral("patientProfile"))->text();
    EXPECT_TRUE(profile.contains(QStringLiteral("Subacute"))) << profile.toStdString();
    EXPECT_TRUE(profile.contains(QStringLiteral("Sciatica (radicular leg pain), left")));
    EpisodesTab* tab = page.patientView()->episodesTab();
    // A tab that is not on screen reads the patient when the clinician turns to it.
    EXPECT_EQ(tab->episodeList()->topLevelItemCount(), 0);
    page.patientView()->tabs()->setCurrentWidget(tab);
    ASSERT_EQ(tab->episodeList()->topLevelItemCount(), 1);
    EXPECT_EQ(tab->episodeList()->topLevelItem(0)->text(4), QStringLiteral("Subacute"));
    ASSERT_EQ(tab->conditionList()->topLevelItemCount(), 1);
    EXPECT_EQ(tab->conditionList()->topLevelItem(0)->text(1), QStringLiteral("Left"));

    // Resolve through the tab, then undo.
    tab->conditionList()->setCurrentItem(tab->conditionList()->topLevelItem(0));
    tab->toggleConditionStatus();
    EXPECT_EQ(tab->conditionList()->topLevelItem(0)->text(4), QStringLiteral("Resolved"));
    EXPECT_TRUE(page.patientView()
                    ->findChild<QLabel*>(QStringLiteral("patientProfile"))
                    ->text()
                    .contains(QStringLiteral("No active conditions")));
    m_stack.undo();
    EXPECT_EQ(tab->conditionList()->topLevelItem(0)->text(4), QStringLiteral("Active"));

    // Seven weeks on, the same episode is chronic.
    m_clock.advanceDays(49);
    page.patientView()->setPatientId(0);
    page.showPatient(id);
    EXPECT_EQ(tab->episodeList()->topLevelItem(0)->text(4), QStringLiteral("Chronic"));

    // Other features add tabs and follow the patient.
    auto* extra = new QWidget;
    const int index = page.patientView()->addTab(extra, QStringLiteral("Visits"));
    EXPECT_EQ(page.patientView()->tabs()->widget(index), extra);
    qint64 seen = -1;
    QObject::connect(page.patientView(), &PatientView::patientChanged,
                     [&seen](qint64 p) { seen = p; });
    page.patientView()->setPatientId(0);
    EXPECT_EQ(seen, 0);
    // On screen, it follows the next patient at once; closing the patient clears it.
    const qint64 other =
        addPatient(QStringLiteral("Ida"), QStringLiteral("Example"), QDate(1990, 1, 1));
    page.showPatient(other);
    EXPECT_EQ(tab->episodeList()->topLevelItemCount(), 0);
    page.showPatient(id);
    EXPECT_EQ(tab->episodeList()->topLevelItemCount(), 1);
    page.patientView()->tabs()->setCurrentIndex(0);
    page.patientView()->setPatientId(0);
    EXPECT_EQ(tab->episodeList()->topLevelItemCount(), 0);
}

TEST_F(PatientsPageTest, EmptyStoreOffersToAddOrCreateDemoPatients)
{
    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    auto* demo = page.findChild<QPushButton*>(QStringLiteral("createDemoPatients"));
    ASSERT_NE(demo, nullptr);
    EXPECT_TRUE(demo->isVisibleTo(&page));
    addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5));
    EXPECT_FALSE(demo->isVisibleTo(&page));
    EXPECT_TRUE(page.table()->isVisibleTo(&page));
}

TEST_F(PatientsPageTest, FirstStartAsksOnceBeforeCreatingDemoPatients)
{
    QWidget parent;
    bool asked = false;
    onNextDialog<QMessageBox>([&asked](QMessageBox* box) {
        asked = true;
        EXPECT_TRUE(box->text().contains(QStringLiteral("fictional demo patients")));
        clickButton(box, QStringLiteral("Not Now"));
    });
    offerDemoClinicIfEmpty(&parent, *m_workspace);
    EXPECT_TRUE(asked);
    EXPECT_EQ(*PatientRepository(*m_workspace).count(), 0); // never without a yes

    // Asked once per store: the next start does not ask again. (Should it ask, the guard
    // answers "Not Now" and records it, rather than leaving the test waiting.)
    bool askedAgain = false;
    QTimer guard;
    QObject::connect(&guard, &QTimer::timeout, [&askedAgain] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            askedAgain = true;
            clickButton(box, QStringLiteral("Not Now"));
        }
    });
    guard.start(10);
    offerDemoClinicIfEmpty(&parent, *m_workspace);
    guard.stop();
    EXPECT_FALSE(askedAgain);
    EXPECT_EQ(*PatientRepository(*m_workspace).count(), 0);
}

TEST_F(PatientsPageTest, AcceptingTheOfferCreatesTheDemoClinic)
{
    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    onNextDialog<QMessageBox>(
        [](QMessageBox* box) { clickButton(box, QStringLiteral("Create Demo Patients")); });
    page.findChild<QPushButton*>(QStringLiteral("createDemoPatients"))->click();
    EXPECT_EQ(*PatientRepository(*m_workspace).count(), kOfferedDemoPatients);
    EXPECT_EQ(page.listModel()->rowCount(), kOfferedDemoPatients);
    EXPECT_TRUE(page.table()->isVisibleTo(&page));

    // A store that has patients is never offered demo data.
    QSettings().clear();
    offerDemoClinicIfEmpty(&page, *m_workspace);
    EXPECT_EQ(*PatientRepository(*m_workspace).count(), kOfferedDemoPatients);
}
