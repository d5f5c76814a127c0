// The user's text is shown as typed: markup, entities and control characters in a patient's
// fields reach the header and the details tab literally, never interpreted.
#include "patients/PatientDetailsTab.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"

#include "storage/EpisodeRepository.h"
#include "support/PatientUiFixture.h"

#include <gtest/gtest.h>

#include "undo/StoreUndoStack.h"
#include <QCoreApplication>
#include <QDir>
#include <QLabel>

using namespace gradus;

namespace {

const QString kHostile = QStringLiteral("<b>x</b> <img src=\"file:///etc/passwd\"> &amp; <i>y");

class HostileTextTest : public test::PatientUiTest
{
protected:
    StoreUndoStack m_stack;
};

} // namespace

TEST_F(HostileTextTest, EveryPatientFieldIsShownLiterally)
{
    Patient p;
    p.givenName = QStringLiteral("<b>Ann</b>");
    p.familyName = QStringLiteral("&amp; <img src=x>");
    p.preferredName = kHostile;
    p.dateOfBirth = QDate(1970, 1, 2);
    p.clinicNumber = QStringLiteral("<u>7</u>");
    p.referralSource = kHostile;
    p.phone = QStringLiteral("+44 (0) 20 7946 0000"); // validated: digits and + ( ) - only
    p.address = kHostile;
    p.notes = kHostile + QStringLiteral("\n<h1>big</h1>");
    auto id = PatientRepository(*m_workspace).add(p);
    ASSERT_TRUE(id) << id.error().message.toStdString();

    PatientsPage page(*m_workspace, &m_stack);
    page.resize(1100, 700);
    page.show();
    page.showPatient(*id);

    auto* name = page.patientView()->findChild<QLabel*>(QStringLiteral("patientName"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->textFormat(), Qt::PlainText);
    EXPECT_EQ(name->text(), stored(*id).fullName());
    EXPECT_TRUE(name->text().contains(QStringLiteral("&amp; <img src=x>")));
    auto* facts = page.patientView()->findChild<QLabel*>(QStringLiteral("patientFacts"));
    ASSERT_NE(facts, nullptr);
    EXPECT_EQ(facts->textFormat(), Qt::PlainText);

    PatientDetailsTab* details = page.patientView()->detailsTab();
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("given"), p.givenName},
        {QStringLiteral("family"), p.familyName},
        {QStringLiteral("preferred"), p.preferredName},
        {QStringLiteral("clinic_number"), p.clinicNumber},
        {QStringLiteral("referral"), p.referralSource},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("notes"), p.notes},
    };
    for (const auto& [field, text] : fields) {
        QLabel* label = details->valueLabel(field);
        ASSERT_NE(label, nullptr) << field.toStdString();
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << field.toStdString();
        EXPECT_EQ(label->text(), text) << field.toStdString();
    }

    // For looking at: GRADUS_SCREENSHOT_DIR=/tmp/shots writes the header and details.
    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents();
        page.grab().save(QDir(shots).filePath(QStringLiteral("hostile-patient.png")));
    }
}

TEST_F(HostileTextTest, TheComplaintInTheProfileIsEscaped)
{
    const qint64 id = addPatient(QStringLiteral("Bo"), QStringLiteral("Lind"), QDate(1980, 4, 4));
    Episode e;
    e.patientId = id;
    e.complaint = kHostile;
    e.openedOn = QDate(2026, 3, 1);
    auto episode = EpisodeRepository(*m_workspace).add(e);
    ASSERT_TRUE(episode) << episode.error().message.toStdString();

    PatientsPage page(*m_workspace, &m_stack);
    page.show();
    page.showPatient(id);
    auto* profile = page.patientView()->findChild<QLabel*>(QStringLiteral("patientProfile"));
    ASSERT_NE(profile, nullptr);
    EXPECT_TRUE(profile->text().contains(kHostile.toHtmlEscaped()))
        << profile->text().toStdString();
    EXPECT_FALSE(profile->text().contains(QStringLiteral("<img")));
}
