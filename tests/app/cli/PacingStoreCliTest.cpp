// `gradus-cli pacing` against a store, run as the real binary: storing a plan for a
// prescription, showing it, reviewing from recorded visits and deciding. The data is set up
// in-process on the same SQLite file.
#include "core/storage/PacingStoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace gradus;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

class PacingStoreCliTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_store.open()); }

    CliResult run(QStringList args)
    {
        args.prepend(m_store.fixture.store.location().filePath);
        args.prepend(QStringLiteral("--database"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_store.fixture.store.dir() + u"/data"_qs);
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    CliResult planWalking(const QStringList& extra = {})
    {
        return run(QStringList{u"pacing"_qs, u"plan"_qs, QString::number(m_store.walkingId),
                               u"--tolerance"_qs, u"10,12,11"_qs, u"--unit"_qs, u"minutes"_qs,
                               u"--goal"_qs, u"12"_qs, u"--start"_qs, u"2026-03-16"_qs,
                               u"--clinician"_qs, u"Pat C"_qs} +
                   extra);
    }

    Workspace& ws() { return m_store.ws(); }

    test::PacingStore m_store{SqlBackend::Sqlite};
};

} // namespace

TEST_F(PacingStoreCliTest, StoringAPlanSaysWhatBecameOfTheProgrammesDose)
{
    // Week 1 in two bouts (4 + 4) differs from the prescribed 8 minutes once a day.
    auto stored = planWalking({u"--bouts"_qs, u"2"_qs});
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_TRUE(stored.out.contains(
        QStringLiteral("The programme's dose of Walking is now 4 minutes, twice a day")))
        << stored.out.toStdString();
    EXPECT_TRUE(stored.out.contains(QStringLiteral("(version 2).")));
    auto all = ProgrammeRepository(ws()).versions(m_store.programmeId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->last().status, ProgrammeStatus::Active);
    auto v2 = ProgrammeRepository(ws()).get(all->last().id);
    ASSERT_TRUE(v2);
    EXPECT_EQ(v2->sections[0].prescriptions[0].dose.minutes, 4);
    EXPECT_EQ(v2->sections[0].prescriptions[0].dose.timesPerDay, 2);
}

TEST_F(PacingStoreCliTest, StoringAPlanThatMatchesTheDoseSaysSo)
{
    auto stored = planWalking({u"--json"_qs});
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    const QJsonObject programme = stored.json().toObject()[u"programme"_qs].toObject();
    EXPECT_FALSE(programme[u"dose_changed"_qs].toBool());
    EXPECT_TRUE(programme[u"message"_qs].toString().contains(u"already matches week 1"_qs));
    EXPECT_EQ(ProgrammeRepository(ws()).versions(m_store.programmeId)->size(), 1);
}

TEST_F(PacingStoreCliTest, AnOpenDraftRefusesAPlanThatChangesTheDose)
{
    ASSERT_TRUE(ProgrammeRepository(ws()).draftFor(m_store.programmeId));
    auto refused = planWalking({u"--bouts"_qs, u"2"_qs});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("draft (version 2) being edited")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(PacingPlanRepository(ws()).forPatient(m_store.patientId)->isEmpty());
}

TEST_F(PacingStoreCliTest, PlanWithAPrescriptionIdStoresThePlan)
{
    auto stored = planWalking({u"--json"_qs});
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    const QJsonObject o = stored.json().toObject();
    const qint64 id = o[u"id"_qs].toInteger();
    ASSERT_GT(id, 0);
    EXPECT_EQ(o[u"prescription_id"_qs].toInteger(), m_store.walkingId);
    EXPECT_EQ(o[u"exercise"_qs].toString(), QStringLiteral("Walking"));
    EXPECT_EQ(o[u"current_week"_qs].toInt(), 1);
    EXPECT_EQ(o[u"current_quota"_qs].toInt(), 8);
    EXPECT_EQ(o[u"created_by"_qs].toString(), QStringLiteral("Pat C"));
    EXPECT_EQ(o[u"plan"_qs][u"weeks"_qs].toArray().size(), 6);
    EXPECT_TRUE(o[u"decisions"_qs].toArray().isEmpty());

    auto plan = PacingPlanRepository(ws()).get(id);
    ASSERT_TRUE(plan) << "stored in the database the CLI was given";
    EXPECT_EQ(plan->parameters.toleranceAttempts, (QList<double>{10, 12, 11}));
    EXPECT_EQ(plan->parameters.start, QDate(2026, 3, 16));
    EXPECT_EQ(plan->createdBy, QStringLiteral("Pat C"));

    auto again = planWalking();
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has a plan")))
        << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty());

    auto seconds =
        run({u"pacing"_qs, u"plan"_qs, QString::number(m_store.walkingId), u"--tolerance"_qs,
             u"30,30"_qs, u"--unit"_qs, u"seconds"_qs, u"--goal"_qs, u"60"_qs});
    EXPECT_EQ(seconds.exitCode, 2);
    auto unknown = run({u"pacing"_qs, u"plan"_qs, u"999999"_qs, u"--tolerance"_qs, u"10"_qs,
                        u"--unit"_qs, u"minutes"_qs, u"--goal"_qs, u"12"_qs});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no prescription 999999")))
        << unknown.err.toStdString();
    EXPECT_EQ(PacingPlanRepository(ws()).forPatient(m_store.patientId)->size(), 1);
}

TEST_F(PacingStoreCliTest, ShowPrintsTheStoredPlanByAnyVersionsPrescription)
{
    ASSERT_EQ(planWalking().exitCode, 0);
    auto text = run({u"pacing"_qs, u"show"_qs, QString::number(m_store.walkingId)});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Walking, week 1 of 6, 8 minutes a day")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("No review decisions yet.")));

    auto none = run({u"pacing"_qs, u"show"_qs, QString::number(m_store.birdDogId)});
    EXPECT_EQ(none.exitCode, 2) << "no such plan: exit status 2, as for every missing record";
    EXPECT_TRUE(none.err.contains(QStringLiteral("has no active graded activity plan")));
    EXPECT_EQ(run({u"pacing"_qs, u"show"_qs, u"abc"_qs}).exitCode, 2);
}

TEST_F(PacingStoreCliTest, ReviewProposesFromVisitsAndDecideRecordsIt)
{
    ASSERT_EQ(planWalking().exitCode, 0);
    ASSERT_TRUE(m_store.baseline());
    auto visit = m_store.addVisit(test::goodVisit(QDate(2026, 3, 23)));
    ASSERT_TRUE(visit);

    auto review =
        run({u"pacing"_qs, u"review"_qs, QString::number(m_store.patientId), u"--json"_qs});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();
    const QJsonArray reviews = review.json().toArray();
    ASSERT_EQ(reviews.size(), 1);
    const QJsonObject r = reviews.first().toObject();
    EXPECT_EQ(r[u"visit_ids"_qs].toArray().size(), 1);
    EXPECT_EQ(r[u"visit_ids"_qs][0].toInteger(), *visit);
    EXPECT_EQ(r[u"decision"_qs][u"decision"_qs].toString(), QStringLiteral("progress"));
    EXPECT_EQ(r[u"decision"_qs][u"rule"_qs].toString(), QStringLiteral("progress.criteria_met"));
    const qint64 planId = r[u"plan_id"_qs].toInteger();
    const QString plan = QString::number(planId);
    auto text = run({u"pacing"_qs, u"review"_qs, QString::number(m_store.patientId)});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Decision: Progress"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("pacing decide %1 --accept").arg(plan)));

    EXPECT_EQ(run({u"pacing"_qs, u"decide"_qs, plan}).exitCode, 2) << "accept or override";
    EXPECT_EQ(run({u"pacing"_qs, u"decide"_qs, plan, u"--accept"_qs, u"--override"_qs, u"hold"_qs})
                  .exitCode,
              2);
    auto noReason = run({u"pacing"_qs, u"decide"_qs, plan, u"--override"_qs, u"hold"_qs});
    EXPECT_EQ(noReason.exitCode, 2);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("Say why"))) << noReason.err.toStdString();
    EXPECT_EQ(run({u"pacing"_qs, u"decide"_qs, plan, u"--override"_qs, u"sideways"_qs,
                   u"--reason"_qs, u"x"_qs})
                  .exitCode,
              2);
    EXPECT_TRUE(PacingPlanRepository(ws()).decisions(planId)->isEmpty());

    auto accepted = run({u"pacing"_qs, u"decide"_qs, plan, u"--accept"_qs, u"--clinician"_qs,
                         u"Pat C"_qs, u"--json"_qs});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    const QJsonObject d = accepted.json().toObject();
    EXPECT_TRUE(d[u"programme_changed"_qs].toBool());
    EXPECT_EQ(d[u"decision"_qs][u"chosen"_qs].toString(), QStringLiteral("progress"));
    EXPECT_EQ(d[u"decision"_qs][u"chosen_quota"_qs].toInt(), 9);
    auto versions = ProgrammeRepository(ws()).versions(m_store.programmeId);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->last().id, d[u"decision"_qs][u"programme_id"_qs].toInteger());
    EXPECT_EQ(versions->last().status, ProgrammeStatus::Active);

    // The second review has nothing new: hold, and overriding it needs a reason (given).
    auto held = run({u"pacing"_qs, u"decide"_qs, plan, u"--override"_qs, u"regress"_qs,
                     u"--reason"_qs, u"Flare at the weekend"_qs, u"--clinician"_qs, u"Pat C"_qs});
    ASSERT_EQ(held.exitCode, 0) << held.err.toStdString();
    EXPECT_TRUE(held.out.contains(QStringLiteral("Regress (overriding hold)")))
        << held.out.toStdString();
    auto decisions = PacingPlanRepository(ws()).decisions(planId);
    ASSERT_EQ(decisions->size(), 2);
    EXPECT_EQ(decisions->last().reason, QStringLiteral("Flare at the weekend"));
    EXPECT_EQ(decisions->last().chosenQuota, 8) << "back to the last tolerated step";

    auto shown = run({u"pacing"_qs, u"show"_qs, QString::number(m_store.walkingId), u"--json"_qs});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.json()[u"decisions"_qs].toArray().size(), 2);
    EXPECT_EQ(shown.json()[u"current_quota"_qs].toInt(), 8);
}

TEST_F(PacingStoreCliTest, ReviewOfAPatientWithoutPlansSaysSo)
{
    auto r = run({u"pacing"_qs, u"review"_qs, QString::number(m_store.patientId)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no active graded activity plan")));
    EXPECT_EQ(run({u"pacing"_qs, u"review"_qs, u"999999"_qs}).exitCode, 2);
}

TEST_F(PacingStoreCliTest, AStaleDecisionIsRefusedAsAConflictAndWritesNothing)
{
    ASSERT_EQ(planWalking().exitCode, 0);
    ASSERT_TRUE(m_store.baseline());
    ASSERT_TRUE(m_store.addVisit(test::goodVisit(QDate(2026, 3, 23))));
    auto shown = run({u"pacing"_qs, u"show"_qs, QString::number(m_store.walkingId), u"--json"_qs});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QString plan = QString::number(shown.json()[u"id"_qs].toInteger());
    const int version = shown.json()[u"version"_qs].toInt();
    ASSERT_GE(version, 1);

    EXPECT_EQ(run({u"pacing"_qs, u"decide"_qs, plan, u"--accept"_qs, u"--if-version"_qs, u"0"_qs})
                  .exitCode,
              2);
    // Desk A decides on the version it read; the plan moves on.
    auto first = run({u"pacing"_qs, u"decide"_qs, plan, u"--accept"_qs, u"--clinician"_qs,
                      u"Pat C"_qs, u"--if-version"_qs, QString::number(version)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    auto after = run({u"pacing"_qs, u"show"_qs, QString::number(m_store.walkingId), u"--json"_qs});
    EXPECT_EQ(after.json()[u"version"_qs].toInt(), version + 1);
    const int quota = after.json()[u"current_quota"_qs].toInt();

    // Desk B decided on the same version: refused, naming the change, nothing written.
    auto stale = run({u"pacing"_qs, u"decide"_qs, plan, u"--override"_qs, u"regress"_qs,
                      u"--reason"_qs, u"Flare"_qs, u"--if-version"_qs, QString::number(version)});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(QStringLiteral("Pacing plan %1").arg(plan)))
        << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(u"current quota"_qs)) << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(u"Nothing was written"_qs)) << stale.err.toStdString();
    auto unchanged =
        run({u"pacing"_qs, u"show"_qs, QString::number(m_store.walkingId), u"--json"_qs});
    EXPECT_EQ(unchanged.json()[u"version"_qs].toInt(), version + 1);
    EXPECT_EQ(unchanged.json()[u"current_quota"_qs].toInt(), quota);
    EXPECT_EQ(unchanged.json()[u"decisions"_qs].toArray().size(), 1);

    // On the current version the same decision goes through.
    auto current =
        run({u"pacing"_qs, u"decide"_qs, plan, u"--override"_qs, u"regress"_qs, u"--reason"_qs,
             u"Flare"_qs, u"--if-version"_qs, QString::number(version + 1)});
    EXPECT_EQ(current.exitCode, 0) << current.err.toStdString();
}
