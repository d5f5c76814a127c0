#include "demo/DemoClinic.h"

#include "patients/PatientValidator.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QSignalSpy>

using namespace gradus;
using gradus::test::WorkspaceFixture;

TEST(DemoClinicTest, TheSameSeedGivesTheSameClinic)
{
    const QDate today(2026, 3, 15);
    const auto a = DemoClinic::makePatients(200, 7, today);
    const auto b = DemoClinic::makePatients(200, 7, today);
    const auto c = DemoClinic::makePatients(200, 8, today);
    ASSERT_EQ(a.size(), 200);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST(DemoClinicTest, PatientsAreValidVariedAndFictional)
{
    const QDate today(2026, 3, 15);
    const auto patients = DemoClinic::makePatients(1000, DemoClinic::kDefaultSeed, today);
    QSet<QString> families;
    int nonAscii = 0;
    int minAge = 200;
    int maxAge = 0;
    for (const Patient& p : patients) {
        EXPECT_TRUE(PatientValidator::check(p, today).isEmpty()) << p.listName().toStdString();
        families.insert(p.familyName);
        bool ascii = true;
        for (QChar ch : p.givenName + p.familyName)
            ascii = ascii && ch.unicode() < 0x80;
        nonAscii += ascii ? 0 : 1;
        minAge = std::min(minAge, p.ageOn(today));
        maxAge = std::max(maxAge, p.ageOn(today));
        EXPECT_TRUE(p.notes.contains(QStringLiteral("fictional")));
        EXPECT_TRUE(p.email.isEmpty() || p.email.endsWith(QStringLiteral("@example.org")));
    }
    EXPECT_GT(families.size(), 100);
    EXPECT_GT(nonAscii, 300); // accents, ß, ø, ł, Greek script...
    EXPECT_GE(minAge, 18);
    EXPECT_LE(maxAge, 90);
    EXPECT_LT(minAge, 25);
    EXPECT_GT(maxAge, 80);
}

class DemoClinicStoreTest : public testing::TestWithParam<SqlBackend>
{
protected:
    DemoClinicStoreTest() : fx(GetParam()) {}
    WorkspaceFixture fx;
};

TEST_P(DemoClinicStoreTest, CreatesAPlausibleClinicInOneGo)
{
    GRADUS_OPEN_WORKSPACE(fx);
    QSignalSpy reset(&fx.ws().notifier(), &StoreNotifier::reset);
    QSignalSpy added(&fx.ws().notifier(), &StoreNotifier::added);
    auto summary = DemoClinic::create(fx.ws(), 120);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->patients, 120);
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 120);
    EXPECT_EQ(fx.count(QStringLiteral("episode")), summary->episodes);
    EXPECT_EQ(fx.count(QStringLiteral("episode_condition")), summary->conditions);
    EXPECT_GT(summary->episodes, 120);
    EXPECT_GT(summary->conditions, summary->episodes);
    EXPECT_EQ(reset.count(), 5); // patients, episodes, conditions, visits, measures
    EXPECT_EQ(added.count(), 0); // one reset per kind, not a notice per record
    // The first patients with an open episode get visits, so the charts have data.
    const qint64 openEpisodes = fx.count(QStringLiteral("episode WHERE closed_on IS NULL"));
    ASSERT_GT(openEpisodes, 0);
    EXPECT_EQ(summary->patientsWithVisits,
              std::min<qint64>(openEpisodes, DemoClinic::kPatientsWithVisits));
    EXPECT_EQ(fx.count(QStringLiteral("visit")), 8 * summary->patientsWithVisits);

    // Clinical sense: pregnancy only for women, with weeks; at most one open episode each.
    PatientRepository patients(fx.ws());
    EpisodeRepository episodes(fx.ws());
    ConditionRepository conditions(fx.ws());
    int pregnancies = 0;
    int open = 0;
    const auto all = patients.list(true);
    ASSERT_TRUE(all);
    for (const Patient& p : *all) {
        EXPECT_TRUE(p.clinicNumber.startsWith(QStringLiteral("DEMO-")));
        auto current = episodes.openEpisode(p.id);
        ASSERT_TRUE(current);
        if (!current->has_value())
            continue;
        ++open;
        EXPECT_FALSE(p.archived);
        const auto active = conditions.active((*current)->id);
        ASSERT_TRUE(active);
        for (const Condition& c : *active) {
            if (c.code != QLatin1String("pregnancy"))
                continue;
            ++pregnancies;
            EXPECT_EQ(p.sex, Sex::Female);
            EXPECT_TRUE(c.amount.has_value());
        }
    }
    EXPECT_GT(open, 80);

    // A second run continues the DEMO- numbers instead of colliding.
    auto more = DemoClinic::create(fx.ws(), 5);
    ASSERT_TRUE(more) << more.error().message.toStdString();
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 125);
    EXPECT_EQ(*patients.clinicNumberOwner(QStringLiteral("DEMO-000125")) > 0, true);
}

TEST_P(DemoClinicStoreTest, RefusesACountOutOfRange)
{
    GRADUS_OPEN_WORKSPACE(fx);
    for (int count : {0, -5, DemoClinic::kMaximumPatients + 1}) {
        auto refused = DemoClinic::create(fx.ws(), count);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, QStringLiteral("demo.count"));
    }
    EXPECT_EQ(fx.count(QStringLiteral("patient")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoClinicStoreTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
