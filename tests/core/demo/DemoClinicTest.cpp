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

TEST_P(DemoClinicStoreTest, SpreadsTheAskedVisitsOverPatientsAndEpisodes)
{
    GRADUS_OPEN_WORKSPACE(fx);
    DemoClinic::Options options;
    options.patients = 60;
    options.visits = 900;
    int calls = 0;
    options.progress = [&calls](int done, int total) {
        ++calls;
        EXPECT_LE(done, total);
        return true;
    };
    auto summary = DemoClinic::create(fx.ws(), options);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_GE(calls, 2); // at the start and at the end
    EXPECT_EQ(summary->visits, 900);
    EXPECT_EQ(fx.count(QStringLiteral("visit")), 900);
    EXPECT_EQ(fx.count(QStringLiteral("visit_revision")), 900);
    EXPECT_EQ(fx.count(QStringLiteral("measure")), summary->measures);
    EXPECT_EQ(fx.count(QStringLiteral("measure_revision")), summary->measures);
    EXPECT_GT(summary->measures, 0);
    EXPECT_GT(summary->patientsWithVisits, 40); // spread, not piled on a few
    // Every visit lies within its episode (from its opening to its closing, or yesterday).
    EXPECT_EQ(fx.count(QStringLiteral(
                  "visit v JOIN visit_revision r ON r.visit_id = v.id JOIN episode e ON e.id = "
                  "v.episode_id WHERE v.patient_id <> e.patient_id OR r.visit_date < e.opened_on "
                  "OR (e.closed_on IS NOT NULL AND r.visit_date > e.closed_on)")),
              0);
    // Visits reach past episodes too, not only the open ones.
    EXPECT_GT(fx.count(QStringLiteral("visit v JOIN episode e ON e.id = v.episode_id WHERE "
                                      "e.closed_on IS NOT NULL")),
              0);
    // Pain falls over a course: first visits of episodes hurt more than their last ones.
    auto q = fx.ws().db().exec(QStringLiteral(
        "SELECT avg(r.pain_now) FROM visit_revision r JOIN visit v ON v.id = r.visit_id WHERE "
        "v.id IN (SELECT min(id) FROM visit GROUP BY episode_id) UNION ALL SELECT "
        "avg(r.pain_now) FROM visit_revision r JOIN visit v ON v.id = r.visit_id WHERE v.id IN "
        "(SELECT max(id) FROM visit GROUP BY episode_id)"));
    ASSERT_TRUE(q);
    ASSERT_TRUE(q->next());
    const double firstPain = q->value(0).toDouble();
    ASSERT_TRUE(q->next());
    EXPECT_GT(firstPain, q->value(0).toDouble() + 2.0);

    // The trail holds one entry per table for the bulk (with the count), not one per row...
    EXPECT_EQ(fx.count(QStringLiteral("audit_log WHERE table_name = 'visit'")), 1);
    auto entry = fx.ws().db().exec(
        QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = 'visit'"));
    ASSERT_TRUE(entry);
    ASSERT_TRUE(entry->next());
    EXPECT_TRUE(entry->value(0).toString().contains(QStringLiteral("\"rows\":900")))
        << entry->value(0).toString().toStdString();
    // ...and the per-row trail is back for what comes after.
    Patient p;
    p.givenName = QStringLiteral("Ana");
    p.familyName = QStringLiteral("Tester");
    p.dateOfBirth = QDate(1980, 1, 2);
    auto added = PatientRepository(fx.ws()).add(p);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(fx.count(QStringLiteral("audit_log WHERE table_name = 'patient' AND record_id = %1")
                           .arg(*added)),
              1);
}

TEST_P(DemoClinicStoreTest, CancellingWritesNothing)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 trail = fx.count(QStringLiteral("audit_log"));
    DemoClinic::Options options;
    options.patients = 2000;
    options.visits = 10000;
    options.progress = [](int done, int) { return done < 1000; };
    auto cancelled = DemoClinic::create(fx.ws(), options);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, QStringLiteral("demo.cancelled"));
    for (const char* table : {"patient", "episode", "episode_condition", "visit", "measure"})
        EXPECT_EQ(fx.count(QString::fromLatin1(table)), 0) << table;
    EXPECT_EQ(fx.count(QStringLiteral("audit_log")), trail);
    // The trail's triggers were set aside inside the transaction only.
    Patient p;
    p.givenName = QStringLiteral("Ana");
    p.familyName = QStringLiteral("Tester");
    p.dateOfBirth = QDate(1980, 1, 2);
    ASSERT_TRUE(PatientRepository(fx.ws()).add(p));
    EXPECT_EQ(fx.count(QStringLiteral("audit_log")), trail + 1);
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
