// The red-flag gate over several screens, on SQLite and PostgreSQL: an undecided flag on any
// screen, of any date, keeps handouts back, in every order the screens are recorded and dated
// (back-dated ones included); a later clear screen never decides it; only a decision on that
// flag does. Decisions are per flag, in one transaction, never overwritten; screens decided
// before per-flag decisions existed keep their flags decided after the upgrade.

#include "services/HandoutGate.h"
#include "storage/Migrations.h"
#include "storage/PatientRepository.h"
#include "storage/RedFlagRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace gradus;
using gradus::test::samplePatient;
using gradus::test::WorkspaceFixture;

namespace {

class RedFlagGateStoreTest : public testing::TestWithParam<SqlBackend>
{
protected:
    RedFlagGateStoreTest() : fx(GetParam()) {}

    qint64 patient()
    {
        auto id = PatientRepository(fx.ws()).add(
            samplePatient(u"Ana"_qs, u"Test%1"_qs.arg(++m_patients), QDate(1980, 4, 4)));
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    qint64 record(qint64 pid, const QDate& date, const QStringList& flags,
                  std::optional<RedFlagDecision> decision = std::nullopt)
    {
        RedFlagScreen s;
        s.patientId = pid;
        s.date = date;
        s.clinician = u"J. Physio"_qs;
        s.flags = flags;
        s.decision = decision;
        if (decision)
            s.note = u"Discussed with the GP"_qs;
        auto id = RedFlagRepository(fx.ws()).record(s);
        EXPECT_TRUE(id) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    bool open(qint64 pid) { return HandoutGate::check(fx.ws(), pid).ok(); }

    WorkspaceFixture fx;
    int m_patients = 0;
};

// One screen of a scenario: its date (days before today) and what it found.
struct Screen
{
    int daysAgo;
    QStringList flags;
    bool decided;
};

} // namespace

TEST_P(RedFlagGateStoreTest, AnUndecidedFlagHoldsInEveryOrderOfRecordingAndDating)
{
    GRADUS_OPEN_WORKSPACE(fx);
    // An emergency flag without a decision, a clear screen and a decided screen: the clear and
    // the decided one may be recorded before or after it and dated before or after it (a
    // back-dated entry), and the gate stays closed every time.
    const std::array<QStringList, 3> findings = {QStringList{u"ces_saddle"_qs}, QStringList{},
                                                 QStringList{u"fever"_qs}};
    const std::array<bool, 3> decided = {false, false, true};
    std::array<int, 3> recordOrder = {0, 1, 2};
    int scenarios = 0;
    do {
        std::array<int, 3> dateOrder = {0, 1, 2};
        do {
            const qint64 pid = patient();
            for (int which : recordOrder) {
                // dateOrder[which]: 0 the oldest screen, 2 the newest (today).
                const QDate date = fx.clock.today().addDays(-10 * (2 - dateOrder[which]));
                record(pid, date, findings[which],
                       decided[which] ? std::optional(RedFlagDecision::Discussed) : std::nullopt);
            }
            auto refused = HandoutGate::check(fx.ws(), pid);
            ASSERT_FALSE(refused) << "record order " << recordOrder[0] << recordOrder[1]
                                  << recordOrder[2] << ", date order " << dateOrder[0]
                                  << dateOrder[1] << dateOrder[2];
            EXPECT_EQ(refused.error().code, u"handout.red_flags"_qs);
            EXPECT_EQ(refused.error().kind(), ErrorKind::Refused);
            EXPECT_TRUE(refused.error().message.contains(u"saddle"_qs));
            EXPECT_FALSE(refused.error().message.contains(u"Fever"_qs, Qt::CaseInsensitive));
            auto open = HandoutGate::undecided(fx.ws(), pid);
            ASSERT_TRUE(open);
            ASSERT_EQ(open->size(), 1);
            EXPECT_EQ(open->first().code, u"ces_saddle"_qs);
            // Only a decision on that flag opens the gate.
            ASSERT_TRUE(RedFlagRepository(fx.ws()).decideFlags(
                {{open->first().screenId, u"ces_saddle"_qs}}, RedFlagDecision::Referred,
                u"Sent to A&E"_qs, u"J. Physio"_qs));
            EXPECT_TRUE(this->open(pid));
            ++scenarios;
        } while (std::next_permutation(dateOrder.begin(), dateOrder.end()));
    } while (std::next_permutation(recordOrder.begin(), recordOrder.end()));
    EXPECT_EQ(scenarios, 36);
}

TEST_P(RedFlagGateStoreTest, LaterScreensNeverDecideEarlierFlagsOfAnyTier)
{
    GRADUS_OPEN_WORKSPACE(fx);
    // One flag of each tier on its own screen, each followed by a clear screen and then a
    // positive screen that was decided: the flag still holds the gate.
    for (const char* code :
         {"ces_saddle", "foot_drop", "major_trauma", "cancer_history", "fever", "pulsatile_mass"}) {
        const qint64 pid = patient();
        const qint64 first =
            record(pid, fx.clock.today().addDays(-30), {QString::fromLatin1(code)});
        ASSERT_GT(first, 0) << code;
        record(pid, fx.clock.today().addDays(-20), {});
        record(pid, fx.clock.today().addDays(-10), {u"night_pain"_qs}, RedFlagDecision::Discussed);
        EXPECT_FALSE(open(pid)) << code;
        ASSERT_TRUE(RedFlagRepository(fx.ws()).decide(first, RedFlagDecision::NotApplicable,
                                                      u"Resolved by the review"_qs, u"J"_qs));
        EXPECT_TRUE(open(pid)) << code;
    }
}

TEST_P(RedFlagGateStoreTest, ABackDatedEmergencyScreenClosesTheGate)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 pid = patient();
    record(pid, fx.clock.today(), {});
    EXPECT_TRUE(open(pid));
    // Entered today, dated ten days ago: older than the clear screen, and it still counts.
    record(pid, fx.clock.today().addDays(-10), {u"ces_bladder"_qs});
    EXPECT_FALSE(open(pid));
    auto latest = RedFlagRepository(fx.ws()).latest(pid);
    ASSERT_TRUE(latest && latest->has_value());
    EXPECT_FALSE((*latest)->positive()) << "the clear screen is still the newest by date";
}

TEST_P(RedFlagGateStoreTest, APatientsScreensAndTheirFlagsAreTwoStatementsHoweverMany)
{
    GRADUS_OPEN_WORKSPACE(fx);
    const qint64 pid = patient();
    const qint64 other = patient();
    for (int i = 0; i < 6; ++i)
        record(pid, fx.clock.today().addDays(-7 * i), {u"fever"_qs, u"night_pain"_qs});
    record(other, fx.clock.today(), {u"ces_saddle"_qs});
    int statements = 0;
    fx.ws().db().setStatementObserver([&](const QString&, const QVariantList&) { ++statements; });
    auto screens = RedFlagRepository(fx.ws()).forPatient(pid);
    fx.ws().db().setStatementObserver({});
    ASSERT_TRUE(screens);
    // One for the screens, one for all their flags: not one more per screen.
    EXPECT_EQ(statements, 2);
    ASSERT_EQ(screens->size(), 6);
    for (const RedFlagScreen& s : *screens)
        EXPECT_EQ(s.flags, (QStringList{u"fever"_qs, u"night_pain"_qs})) << "screen " << s.id;
}

TEST_P(RedFlagGateStoreTest, EachFlagIsDecidedOnItsOwn)
{
    GRADUS_OPEN_WORKSPACE(fx);
    RedFlagRepository repo(fx.ws());
    const qint64 pid = patient();
    const qint64 first = record(pid, fx.clock.today().addDays(-7), {u"ces_saddle"_qs, u"fever"_qs});
    const qint64 second = record(pid, fx.clock.today(), {u"night_pain"_qs});

    // The most urgent first, then the oldest screen.
    auto open = HandoutGate::undecided(fx.ws(), pid);
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 3);
    EXPECT_EQ(open->at(0).code, u"ces_saddle"_qs);

    ASSERT_TRUE(repo.decideFlags({{first, u"fever"_qs}}, RedFlagDecision::Referred,
                                 u"GP same day"_qs, u"J. Physio"_qs));
    auto screen = repo.get(first);
    ASSERT_TRUE(screen);
    EXPECT_TRUE(screen->decided(u"fever"_qs));
    EXPECT_FALSE(screen->decided(u"ces_saddle"_qs));
    EXPECT_EQ(screen->flagDecisions.value(u"fever"_qs).note, u"GP same day"_qs);
    EXPECT_EQ(screen->flagDecisions.value(u"fever"_qs).decidedBy, u"J. Physio"_qs);
    EXPECT_EQ(screen->flagDecisions.value(u"fever"_qs).decidedAt, fx.clock.now());
    EXPECT_FALSE(screen->decision.has_value()) << "not decided as a whole";
    EXPECT_TRUE(screen->unresolved());
    EXPECT_FALSE(this->open(pid));

    // A set with one flag already decided is refused whole: nothing is written.
    auto again = repo.decideFlags({{first, u"ces_saddle"_qs}, {first, u"fever"_qs}},
                                  RedFlagDecision::Discussed, u"x"_qs, u"J"_qs);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, u"screen.decided"_qs);
    EXPECT_FALSE(repo.get(first)->decided(u"ces_saddle"_qs));
    EXPECT_EQ(repo.get(first)->flagDecisions.value(u"fever"_qs).decision,
              RedFlagDecision::Referred);
    // A flag the screen did not find, a missing note or name: refused.
    EXPECT_EQ(
        repo.decideFlags({{second, u"fever"_qs}}, RedFlagDecision::Discussed, u"x"_qs, u"J"_qs)
            .error()
            .code,
        u"screen.flag"_qs);
    EXPECT_EQ(
        repo.decideFlags({{second, u"night_pain"_qs}}, RedFlagDecision::Discussed, u" "_qs, u"J"_qs)
            .error()
            .code,
        u"screen.note"_qs);
    EXPECT_EQ(repo.decideFlags({}, RedFlagDecision::Discussed, u"x"_qs, u"J"_qs).error().code,
              u"screen.flag"_qs);
    // Another patient's flag in the same set: refused.
    const qint64 other = patient();
    const qint64 theirs = record(other, fx.clock.today(), {u"fever"_qs});
    EXPECT_EQ(repo.decideFlags({{second, u"night_pain"_qs}, {theirs, u"fever"_qs}},
                               RedFlagDecision::Discussed, u"x"_qs, u"J"_qs)
                  .error()
                  .code,
              u"screen.flag"_qs);
    EXPECT_FALSE(repo.get(second)->decided(u"night_pain"_qs));

    // Flags of two screens in one decision.
    ASSERT_TRUE(repo.decideFlags({{first, u"ces_saddle"_qs}, {second, u"night_pain"_qs}},
                                 RedFlagDecision::Referred, u"Spinal team same day"_qs,
                                 u"J. Physio"_qs));
    EXPECT_TRUE(this->open(pid));
    // decide() on a screen with nothing left to decide is refused.
    EXPECT_EQ(repo.decide(first, RedFlagDecision::Discussed, u"x"_qs, u"J"_qs).error().code,
              u"screen.decided"_qs);
}

TEST_P(RedFlagGateStoreTest, DecidingAScreenDecidesItsOpenFlagsOnly)
{
    GRADUS_OPEN_WORKSPACE(fx);
    RedFlagRepository repo(fx.ws());
    const qint64 pid = patient();
    const qint64 id = record(pid, fx.clock.today(), {u"fever"_qs, u"iv_drug_use"_qs});
    ASSERT_TRUE(repo.decideFlags({{id, u"fever"_qs}}, RedFlagDecision::Referred, u"GP"_qs,
                                 u"A. Colleague"_qs));
    fx.clock.advanceDays(1);
    ASSERT_TRUE(repo.decide(id, RedFlagDecision::Discussed, u"Harm reduction team"_qs, u"J"_qs));
    auto screen = repo.get(id);
    ASSERT_TRUE(screen);
    EXPECT_EQ(screen->flagDecisions.value(u"fever"_qs).decision, RedFlagDecision::Referred);
    EXPECT_EQ(screen->flagDecisions.value(u"fever"_qs).decidedBy, u"A. Colleague"_qs);
    EXPECT_EQ(screen->flagDecisions.value(u"iv_drug_use"_qs).decision, RedFlagDecision::Discussed);
    EXPECT_FALSE(screen->unresolved());
    EXPECT_TRUE(open(pid));
}

TEST_P(RedFlagGateStoreTest, ScreensDecidedBeforeTheUpgradeKeepTheirFlagsDecided)
{
    // Build the store as the version before per-flag decisions left it.
    int step = 0;
    for (const Migration& m : embeddedMigrations())
        if (m.name == u"red_flag_decisions"_qs)
            step = m.version;
    ASSERT_GT(step, 1);
    GRADUS_REQUIRE_STORE(fx.store);
    qint64 patientId = 0;
    {
        OpenOptions old;
        old.migrateToVersion = step - 1;
        auto db = fx.store.open(old);
        ASSERT_TRUE(db);
        auto exec = [&](const QString& sql, const QVariantList& binds = {}) {
            auto q = (*db).exec(sql, binds);
            EXPECT_TRUE(q) << sql.toStdString();
        };
        exec(u"INSERT INTO patient (given_name, family_name, date_of_birth, search_text, "
             "created_at, updated_at) VALUES ('Ana', 'Test', '1980-04-04', 'ana test', "
             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_qs);
        auto pid = (*db).exec(u"SELECT id FROM patient"_qs);
        ASSERT_TRUE(pid && pid->next());
        patientId = pid->value(0).toLongLong();
        exec(u"INSERT INTO red_flag_screen (patient_id, screen_date, clinician, decision, note, "
             "decided_at, decided_by, created_at) VALUES (?, '2026-01-05', 'J', 'referred', "
             "'A&E', '2026-01-05T10:00:00Z', 'J. Physio', '2026-01-05T09:00:00Z')"_qs,
             {patientId});
        exec(u"INSERT INTO red_flag_screen (patient_id, screen_date, clinician, created_at) "
             "VALUES (?, '2026-02-05', 'J', '2026-02-05T09:00:00Z')"_qs,
             {patientId});
        auto screens = (*db).exec(u"SELECT id FROM red_flag_screen ORDER BY screen_date"_qs);
        ASSERT_TRUE(screens);
        QList<qint64> ids;
        while (screens->next())
            ids.append(screens->value(0).toLongLong());
        ASSERT_EQ(ids.size(), 2);
        for (const char* code : {"ces_saddle", "fever"})
            exec(u"INSERT INTO red_flag_screen_flag (screen_id, code) VALUES (?, ?)"_qs,
                 {ids[0], QString::fromLatin1(code)});
        exec(u"INSERT INTO red_flag_screen_flag (screen_id, code) VALUES (?, 'night_pain')"_qs,
             {ids[1]});
    }
    ASSERT_TRUE(fx.open());
    auto screens = RedFlagRepository(fx.ws()).forPatient(patientId);
    ASSERT_TRUE(screens);
    ASSERT_EQ(screens->size(), 2);
    const RedFlagScreen& decided = screens->at(0);
    EXPECT_FALSE(decided.unresolved());
    for (const char* code : {"ces_saddle", "fever"}) {
        const auto d = decided.flagDecisions.value(QString::fromLatin1(code));
        EXPECT_EQ(d.decision, RedFlagDecision::Referred) << code;
        EXPECT_EQ(d.note, u"A&E"_qs);
        EXPECT_EQ(d.decidedBy, u"J. Physio"_qs);
        EXPECT_TRUE(d.decidedAt.isValid());
    }
    EXPECT_TRUE(screens->at(1).unresolved());
    auto open = HandoutGate::undecided(fx.ws(), patientId);
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().code, u"night_pain"_qs);
}

INSTANTIATE_TEST_SUITE_P(Backends, RedFlagGateStoreTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         test::backendName);
