#include "patients/PatientValidator.h"
#include "patients/EpisodeValidator.h"

#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;

namespace {

const QDate kToday(2026, 3, 15);

QStringList fields(const FieldIssues& issues)
{
    QStringList list;
    for (const FieldIssue& issue : issues)
        list << issue.field;
    return list;
}

Patient valid()
{
    return samplePatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
}

} // namespace

TEST(PatientValidatorTest, AcceptsAMinimalPatient)
{
    EXPECT_TRUE(PatientValidator::check(valid(), kToday).isEmpty());
}

TEST(PatientValidatorTest, RequiresNamesAndDateOfBirth)
{
    Patient p;
    p.givenName = QStringLiteral("   ");
    p = PatientValidator::normalized(p);
    const FieldIssues issues = PatientValidator::check(p, kToday);
    EXPECT_EQ(fields(issues), (QStringList{QStringLiteral("given"), QStringLiteral("family"),
                                           QStringLiteral("dob")}));
    EXPECT_EQ(issueFor(issues, QStringLiteral("given")),
              QStringLiteral("The given name is required."));
    EXPECT_EQ(issueFor(issues, QStringLiteral("dob")),
              QStringLiteral("The date of birth is required."));
}

TEST(PatientValidatorTest, RefusesADateOfBirthInTheFuture)
{
    Patient p = valid();
    p.dateOfBirth = kToday.addDays(1);
    const FieldIssues issues = PatientValidator::check(p, kToday);
    ASSERT_EQ(fields(issues), QStringList{QStringLiteral("dob")});
    EXPECT_EQ(issues[0].message, QStringLiteral("The date of birth 2026-03-16 is in the future."));
    p.dateOfBirth = kToday; // born today: a newborn is possible
    EXPECT_TRUE(PatientValidator::check(p, kToday).isEmpty());
}

TEST(PatientValidatorTest, RefusesAnImplausiblyOldDateOfBirth)
{
    Patient p = valid();
    p.dateOfBirth = kToday.addYears(-PatientValidator::kMaximumAge);
    EXPECT_TRUE(PatientValidator::check(p, kToday).isEmpty());
    p.dateOfBirth = kToday.addYears(-PatientValidator::kMaximumAge - 1);
    const FieldIssues issues = PatientValidator::check(p, kToday);
    ASSERT_EQ(fields(issues), QStringList{QStringLiteral("dob")});
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("121 years old")))
        << issues[0].message.toStdString();
    p.dateOfBirth = QDate(1026, 3, 14); // a typical slip of the finger
    EXPECT_EQ(fields(PatientValidator::check(p, kToday)), QStringList{QStringLiteral("dob")});
}

TEST(PatientValidatorTest, ChecksSexEmailPhoneAndLengths)
{
    Patient p = valid();
    p.sex = QStringLiteral("yes");
    p.email = QStringLiteral("zoe at example.org");
    p.phone = QStringLiteral("n/a");
    p.clinicNumber = QString(41, u'7');
    p.preferredName = QString(101, u'z');
    EXPECT_EQ(fields(PatientValidator::check(p, kToday)),
              (QStringList{QStringLiteral("preferred"), QStringLiteral("sex"),
                           QStringLiteral("clinic_number"), QStringLiteral("email"),
                           QStringLiteral("phone")}));
    p.sex = Sex::Female;
    p.email = QStringLiteral("zoe.muller@example.org");
    p.phone = QStringLiteral("+44 (0)7700 900-123");
    p.clinicNumber = QStringLiteral("K-1042");
    p.preferredName = QStringLiteral("Zo");
    EXPECT_TRUE(PatientValidator::check(p, kToday).isEmpty());
}

TEST(PatientValidatorTest, NormalizesWhitespace)
{
    Patient p = valid();
    p.givenName = QStringLiteral("  Anna   Maria ");
    p.clinicNumber = QStringLiteral(" K-1 ");
    p = PatientValidator::normalized(p);
    EXPECT_EQ(p.givenName, QStringLiteral("Anna Maria"));
    EXPECT_EQ(p.clinicNumber, QStringLiteral("K-1"));
}

TEST(PatientValidatorTest, SexAcceptsCodesAndAbbreviations)
{
    EXPECT_EQ(Sex::fromUserText(QStringLiteral("F")), Sex::Female);
    EXPECT_EQ(Sex::fromUserText(QStringLiteral("male")), Sex::Male);
    EXPECT_EQ(Sex::fromUserText(QStringLiteral("x")), Sex::Other);
    EXPECT_TRUE(Sex::fromUserText(QStringLiteral("unknown")).isEmpty());
}

TEST(EpisodeValidatorTest, ChecksComplaintAndDates)
{
    Episode e;
    e.openedOn = kToday;
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("complaint")});
    e.complaint = QStringLiteral("Low back pain");
    EXPECT_TRUE(EpisodeValidator::check(e, kToday).isEmpty());

    e.onsetDate = kToday.addDays(1);
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("onset")});
    e.openedOn = kToday.addDays(-10);
    e.onsetDate = kToday.addDays(-5); // began after it was opened
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("onset")});
    e.onsetDate = kToday.addDays(-20);
    e.closedOn = kToday.addDays(-11);
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("closed")});
    e.closedOn = kToday.addDays(1);
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("closed")});
    e.closedOn = kToday;
    EXPECT_TRUE(EpisodeValidator::check(e, kToday).isEmpty());
    e.openedOn = kToday.addDays(2);
    e.closedOn = {};
    e.onsetDate = {};
    EXPECT_EQ(fields(EpisodeValidator::check(e, kToday)), QStringList{QStringLiteral("opened")});
}

TEST(EpisodeValidatorTest, ChecksConditionsAgainstTheCodeList)
{
    const ConditionCatalog& catalog = ConditionCatalog::builtIn();
    Condition c;
    c.code = QStringLiteral("sciatica");
    c.side = Condition::Side::Left;
    EXPECT_TRUE(EpisodeValidator::check(c, catalog, kToday).isEmpty());

    c.code = QStringLiteral("no_such_code");
    EXPECT_EQ(fields(EpisodeValidator::check(c, catalog, kToday)),
              QStringList{QStringLiteral("code")});

    c.code = QStringLiteral("osteoporosis"); // has no side
    EXPECT_EQ(fields(EpisodeValidator::check(c, catalog, kToday)),
              QStringList{QStringLiteral("side")});
    c.side = Condition::Side::None;
    c.amount = 12; // and no number
    EXPECT_EQ(fields(EpisodeValidator::check(c, catalog, kToday)),
              QStringList{QStringLiteral("amount")});

    c.code = QStringLiteral("pregnancy");
    EXPECT_TRUE(EpisodeValidator::check(c, catalog, kToday).isEmpty());
    c.amount = 43;
    const FieldIssues issues = EpisodeValidator::check(c, catalog, kToday);
    ASSERT_EQ(fields(issues), QStringList{QStringLiteral("amount")});
    EXPECT_EQ(issues[0].message,
              QStringLiteral("Weeks of pregnancy must be between 1 and 42 (not 43)."));
    c.amount = std::nullopt;
    c.onsetDate = kToday.addDays(3);
    EXPECT_EQ(fields(EpisodeValidator::check(c, catalog, kToday)),
              QStringList{QStringLiteral("onset")});
}
