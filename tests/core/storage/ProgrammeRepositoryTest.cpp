// ProgrammeRepository on SQLite and PostgreSQL: creating, reading back, saving drafts,
// versioning an active programme, "what was active on day D", and notification.
#include "storage/ProgrammeRepository.h"
#include "storage/UnitOfWork.h"

#include "exercises/ExerciseLibrary.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"

#include <QSignalSpy>

using namespace gradus;

namespace {

class ProgrammeRepositoryTest : public testing::TestWithParam<SqlBackend>
{
protected:
    void SetUp() override
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>(GetParam());
        GRADUS_REQUIRE_STORE(m_fixture->store);
        ASSERT_TRUE(m_fixture->open());
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws()));
        auto patient = PatientRepository(ws()).add(test::samplePatient(
            QStringLiteral("Ada"), QStringLiteral("Fictional"), QDate(1980, 5, 1)));
        ASSERT_TRUE(patient) << patient.error().message.toStdString();
        m_patientId = *patient;
        m_repository = std::make_unique<ProgrammeRepository>(ws());
    }

    Workspace& ws() { return m_fixture->ws(); }

    qint64 exercise(const QString& stableId)
    {
        auto e = ExerciseRepository(ws()).byStableId(stableId);
        EXPECT_TRUE(e);
        return e ? e->id : 0;
    }

    Prescription walking(int minutes, int perDay)
    {
        Prescription p;
        p.exerciseId = exercise(QStringLiteral("walking"));
        p.dose.type = DoseType::Duration;
        p.dose.reps = 0;
        p.dose.minutes = minutes;
        p.dose.timesPerDay = perDay;
        return p;
    }

    Prescription birdDog()
    {
        Prescription p;
        p.exerciseId = exercise(QStringLiteral("bird_dog"));
        p.dose.type = DoseType::Hold;
        p.dose.reps = 6;
        p.dose.holdSeconds = 8;
        p.dose.perSide = true;
        p.dose.daysPerWeek = 5;
        p.restSeconds = 30;
        p.side = PrescribedSide::Both;
        p.load = QStringLiteral("none");
        p.tempo = QStringLiteral("slowly");
        p.patientNote = QStringLiteral("Keep the back still.");
        return p;
    }

    Programme sample()
    {
        Programme p;
        p.patientId = m_patientId;
        p.name = QStringLiteral("Back to walking");
        p.goal = QStringLiteral("Walk to the shops without stopping");
        p.startDate = QDate(2026, 3, 15);
        p.reviewDate = QDate(2026, 3, 29);
        p.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {walking(10, 3)}},
                      ProgrammeSection{QStringLiteral("Core"), {birdDog()}}};
        return p;
    }

    void advanceTo(const QDate& day) { m_fixture->clock.set(QDateTime(day, QTime(10, 0))); }

    std::unique_ptr<test::WorkspaceFixture> m_fixture;
    std::unique_ptr<ProgrammeRepository> m_repository;
    qint64 m_patientId = 0;
};

} // namespace

TEST_P(ProgrammeRepositoryTest, CreatesAndReadsBackEverything)
{
    QSignalSpy added(&ws().notifier(), &StoreNotifier::added);
    auto id = m_repository->create(sample());
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto p = m_repository->get(*id);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->name, QStringLiteral("Back to walking"));
    EXPECT_EQ(p->goal, QStringLiteral("Walk to the shops without stopping"));
    EXPECT_EQ(p->startDate, QDate(2026, 3, 15));
    EXPECT_EQ(p->reviewDate, QDate(2026, 3, 29));
    EXPECT_EQ(p->status, ProgrammeStatus::Draft);
    EXPECT_EQ(p->version, 1);
    EXPECT_EQ(p->previousVersionId, 0);
    EXPECT_TRUE(p->createdAt.isValid());
    ASSERT_EQ(p->sections.size(), 2);
    EXPECT_EQ(p->sections[1].name, QStringLiteral("Core"));
    ASSERT_EQ(p->sections[1].prescriptions.size(), 1);
    const Prescription& bd = p->sections[1].prescriptions[0];
    const Prescription expected = birdDog();
    EXPECT_GT(bd.id, 0);
    EXPECT_EQ(bd.exerciseId, expected.exerciseId);
    EXPECT_EQ(bd.dose, expected.dose);
    EXPECT_EQ(bd.restSeconds, 30);
    EXPECT_EQ(bd.side, PrescribedSide::Both);
    EXPECT_EQ(bd.load, QStringLiteral("none"));
    EXPECT_EQ(bd.tempo, QStringLiteral("slowly"));
    EXPECT_EQ(bd.patientNote, QStringLiteral("Keep the back still."));
    EXPECT_EQ(p->sections[0].prescriptions[0].dose.timesPerDay, 3);

    // It belongs to the patient's open episode, opened for it.
    auto episode = EpisodeRepository(ws()).openEpisode(m_patientId);
    ASSERT_TRUE(episode && *episode);
    EXPECT_EQ(p->episodeId, (*episode)->id);

    bool announced = false;
    for (const auto& args : added)
        announced = announced ||
                    (args.at(0).value<StoreNotifier::Kind>() == StoreNotifier::Kind::Programme &&
                     args.at(1).toLongLong() == *id);
    EXPECT_TRUE(announced);
}

TEST_P(ProgrammeRepositoryTest, RefusesInvalidInputWritingNothing)
{
    Programme bad = sample();
    bad.sections[0].prescriptions[0].dose.minutes = 500;
    auto id = m_repository->create(bad);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, QStringLiteral("dose.invalid"));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("Minutes")));

    Programme unknown = sample();
    unknown.sections[0].prescriptions[0].exerciseId = 999999;
    id = m_repository->create(unknown);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, QStringLiteral("exercise.not_found"));

    Programme nobody = sample();
    nobody.patientId = 424242;
    EXPECT_EQ(m_repository->create(nobody).error().code, QStringLiteral("patient.not_found"));
    EXPECT_EQ(m_fixture->count(QStringLiteral("programme")), 0);
    EXPECT_EQ(m_fixture->count(QStringLiteral("prescription")), 0);
    EXPECT_EQ(m_fixture->count(QStringLiteral("episode")), 0)
        << "a failed save leaves no episode opened for it";
}

TEST_P(ProgrammeRepositoryTest, DraftsChangeInPlace)
{
    auto id = m_repository->create(sample());
    ASSERT_TRUE(id);
    Programme p = *m_repository->get(*id);
    p.name = QStringLiteral("Walking and core");
    p.sections[0].prescriptions.append(birdDog());
    std::swap(p.sections[0], p.sections[1]);
    ASSERT_TRUE(m_repository->saveDraft(p));
    const Programme again = *m_repository->get(*id);
    EXPECT_EQ(again.name, QStringLiteral("Walking and core"));
    EXPECT_EQ(again.version, 1);
    ASSERT_EQ(again.sections.size(), 2);
    EXPECT_EQ(again.sections[0].name, QStringLiteral("Core"));
    EXPECT_EQ(again.sections[1].prescriptions.size(), 2);
    EXPECT_EQ(m_fixture->count(QStringLiteral("prescription")), 3);

    Programme bad = again;
    bad.sections[0].prescriptions[0].dose.holdSeconds = 0;
    auto st = m_repository->saveDraft(bad);
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("Hold seconds")));
    EXPECT_EQ(m_repository->get(*id)->sections[0].prescriptions[0].dose.holdSeconds, 8)
        << "nothing written";
}

TEST_P(ProgrammeRepositoryTest, DraftForAnExistingDraftInsideACallersTransactionKeepsIt)
{
    // Callers (pacing decisions, plan storage) ask for the draft inside their own transaction;
    // being handed the existing draft must not undo their work.
    auto id = m_repository->create(sample());
    ASSERT_TRUE(id);
    UnitOfWork tx(ws().db());
    ASSERT_TRUE(tx.isActive());
    Programme p = *m_repository->get(*id);
    p.name = QStringLiteral("Renamed in the caller's transaction");
    ASSERT_TRUE(m_repository->saveDraft(p));
    auto draft = m_repository->draftFor(*id);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->id, *id);
    auto committed = tx.commit();
    ASSERT_TRUE(committed) << committed.error().message.toStdString();
    EXPECT_EQ(m_repository->get(*id)->name, QStringLiteral("Renamed in the caller's transaction"));
}

TEST_P(ProgrammeRepositoryTest, EditingAnActiveProgrammeMakesANewVersion)
{
    advanceTo(QDate(2026, 3, 2));
    auto id = m_repository->create(sample());
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_repository->activate(*id));
    EXPECT_EQ(m_repository->get(*id)->status, ProgrammeStatus::Active);

    // The active version cannot be changed in place.
    Programme active = *m_repository->get(*id);
    active.name = QStringLiteral("Changed");
    auto st = m_repository->saveDraft(active);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("programme.not_draft"));

    advanceTo(QDate(2026, 3, 10));
    auto draft = m_repository->draftFor(*id);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_NE(draft->id, *id);
    EXPECT_EQ(draft->version, 2);
    EXPECT_EQ(draft->previousVersionId, *id);
    EXPECT_EQ(draft->status, ProgrammeStatus::Draft);
    ASSERT_EQ(draft->sections.size(), 2);
    EXPECT_EQ(draft->sections[1].prescriptions[0].dose, birdDog().dose);
    // Asking again gives the same draft, not a third version.
    EXPECT_EQ(m_repository->draftFor(*id)->id, draft->id);

    Programme edited = *draft;
    edited.sections[0].prescriptions[0].dose.minutes = 15;
    ASSERT_TRUE(m_repository->saveDraft(edited));
    // The active version still says what the patient was given.
    EXPECT_EQ(m_repository->get(*id)->sections[0].prescriptions[0].dose.minutes, 10);
    EXPECT_EQ(m_repository->get(*id)->status, ProgrammeStatus::Active);

    ASSERT_TRUE(m_repository->activate(draft->id));
    const Programme old = *m_repository->get(*id);
    EXPECT_EQ(old.status, ProgrammeStatus::Superseded);
    EXPECT_TRUE(old.supersededAt.isValid());
    EXPECT_EQ(old.sections[0].prescriptions[0].dose.minutes, 10) << "old versions stay readable";
    EXPECT_EQ(m_repository->get(draft->id)->status, ProgrammeStatus::Active);

    auto versions = m_repository->versions(draft->id);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).id, *id);
    EXPECT_EQ(versions->at(1).id, draft->id);
    EXPECT_EQ(m_repository->versions(*id)->size(), 2);

    // Superseded versions cannot be edited or reactivated.
    EXPECT_EQ(m_repository->draftFor(*id).error().code, QStringLiteral("programme.superseded"));
    EXPECT_EQ(m_repository->activate(*id).error().code, QStringLiteral("programme.not_draft"));

    // The patient's list shows the lineage once, at its newest version.
    auto list = m_repository->forPatient(m_patientId);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().id, draft->id);
}

TEST_P(ProgrammeRepositoryTest, AnswersWhatWasActiveOnADay)
{
    advanceTo(QDate(2026, 3, 2));
    auto first = m_repository->create(sample());
    ASSERT_TRUE(first);
    EXPECT_FALSE(*m_repository->activeOn(m_patientId, QDate(2026, 3, 2))) << "drafts are not given";
    ASSERT_TRUE(m_repository->activate(*first));
    advanceTo(QDate(2026, 3, 10));
    auto second = m_repository->draftFor(*first);
    ASSERT_TRUE(second);
    Programme edited = *second;
    edited.sections[0].prescriptions[0].dose.minutes = 20;
    ASSERT_TRUE(m_repository->saveDraft(edited));
    ASSERT_TRUE(m_repository->activate(second->id));

    EXPECT_FALSE(*m_repository->activeOn(m_patientId, QDate(2026, 3, 1)));
    auto on3March = m_repository->activeOn(m_patientId, QDate(2026, 3, 3));
    ASSERT_TRUE(on3March && *on3March);
    EXPECT_EQ((*on3March)->id, *first);
    EXPECT_EQ((*on3March)->sections[0].prescriptions[0].dose.minutes, 10);
    EXPECT_EQ((**m_repository->activeOn(m_patientId, QDate(2026, 3, 9))).id, *first);
    // On the day of the change, the new version is what the patient went home with.
    EXPECT_EQ((**m_repository->activeOn(m_patientId, QDate(2026, 3, 10))).id, second->id);
    EXPECT_EQ((**m_repository->activeOn(m_patientId, QDate(2026, 6, 1))).id, second->id);
}

TEST_P(ProgrammeRepositoryTest, ActivationNeedsExercisesAndRemovalOnlyDrafts)
{
    Programme empty = sample();
    empty.sections = {ProgrammeSection{QStringLiteral("Warm-up"), {}}};
    auto id = m_repository->create(empty);
    ASSERT_TRUE(id);
    EXPECT_EQ(m_repository->get(*id)->sections.size(), 1) << "an empty section is kept";
    EXPECT_EQ(m_repository->activate(*id).error().code, QStringLiteral("programme.empty"));
    ASSERT_TRUE(m_repository->removeDraft(*id));
    EXPECT_EQ(m_repository->get(*id).error().code, QStringLiteral("programme.not_found"));

    auto active = m_repository->create(sample());
    ASSERT_TRUE(active);
    ASSERT_TRUE(m_repository->activate(*active));
    EXPECT_EQ(m_repository->removeDraft(*active).error().code,
              QStringLiteral("programme.not_draft"));
    EXPECT_TRUE(m_repository->get(*active));
}

TEST_P(ProgrammeRepositoryTest, PutsARemovedDraftBackWithItsIdForRedo)
{
    advanceTo(QDate(2026, 3, 2));
    auto id = m_repository->create(sample());
    ASSERT_TRUE(id);
    const Programme created = *m_repository->get(*id);
    ASSERT_TRUE(m_repository->removeDraft(*id));
    ASSERT_FALSE(m_repository->get(*id));

    // Another programme meanwhile: ids are never handed out twice, so the old one is free.
    auto other = m_repository->create(sample());
    ASSERT_TRUE(other);
    EXPECT_NE(*other, *id);

    ASSERT_TRUE(m_repository->restoreDraft(created));
    auto back = m_repository->get(*id);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->name, created.name);
    EXPECT_EQ(back->version, 1);
    EXPECT_EQ(back->status, ProgrammeStatus::Draft);
    EXPECT_EQ(back->episodeId, created.episodeId);
    EXPECT_EQ(back->createdAt, created.createdAt);
    ASSERT_EQ(back->sections.size(), 2);
    EXPECT_EQ(back->sections[1].prescriptions[0].dose, birdDog().dose);
    EXPECT_EQ(m_repository->versions(*id)->size(), 1) << "its own lineage again";
    EXPECT_EQ(m_repository->restoreDraft(created).error().code, QStringLiteral("programme.exists"));

    // A later version is put back into its lineage, and only while the lineage still ends
    // with the version it was drafted from.
    ASSERT_TRUE(m_repository->activate(*id));
    Programme changed = *back;
    changed.sections[0].prescriptions[0].dose.minutes = 15;
    auto draft = m_repository->draftWithChanges(*id, changed);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->version, 2);
    EXPECT_EQ(draft->previousVersionId, *id);
    EXPECT_EQ(draft->sections[0].prescriptions[0].dose.minutes, 15);
    EXPECT_EQ(m_repository->get(*id)->sections[0].prescriptions[0].dose.minutes, 10);
    EXPECT_EQ(m_repository->draftWithChanges(*id, changed).error().code,
              QStringLiteral("programme.changed"))
        << "the lineage already has a draft";
    ASSERT_TRUE(m_repository->removeDraft(draft->id));
    EXPECT_EQ(m_repository->versions(*id)->size(), 1);
    ASSERT_TRUE(m_repository->restoreDraft(*draft));
    auto versions = m_repository->versions(*id);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(1).id, draft->id);
    EXPECT_EQ(m_repository->draftFor(*id)->id, draft->id) << "found as the lineage's draft";

    ASSERT_TRUE(m_repository->removeDraft(draft->id));
    auto third = m_repository->draftFor(*id); // someone else drafted meanwhile
    ASSERT_TRUE(third);
    EXPECT_EQ(m_repository->restoreDraft(*draft).error().code, QStringLiteral("programme.changed"));
    EXPECT_FALSE(m_repository->get(draft->id));
}

TEST_P(ProgrammeRepositoryTest, RevertsAnActivationInOneStep)
{
    advanceTo(QDate(2026, 3, 2));
    auto first = m_repository->create(sample());
    ASSERT_TRUE(first);
    ASSERT_TRUE(m_repository->activate(*first));
    // The first activation reverted: a draft again, nothing active.
    ASSERT_TRUE(m_repository->revertActivation(*first, 0));
    EXPECT_EQ(m_repository->get(*first)->status, ProgrammeStatus::Draft);
    EXPECT_FALSE(m_repository->get(*first)->activatedAt.isValid());
    EXPECT_FALSE(*m_repository->activeOn(m_patientId, QDate(2026, 3, 2)));
    ASSERT_TRUE(m_repository->activate(*first));

    advanceTo(QDate(2026, 3, 10));
    auto second = m_repository->draftFor(*first);
    ASSERT_TRUE(second);
    ASSERT_TRUE(m_repository->activate(second->id));
    EXPECT_EQ(m_repository->revertActivation(second->id, second->id + 1000).error().code,
              QStringLiteral("programme.not_reversible"))
        << "not the version it superseded";
    EXPECT_EQ(m_repository->get(second->id)->status, ProgrammeStatus::Active) << "nothing changed";
    ASSERT_TRUE(m_repository->revertActivation(second->id, *first));
    EXPECT_EQ(m_repository->get(second->id)->status, ProgrammeStatus::Draft);
    const Programme back = *m_repository->get(*first);
    EXPECT_EQ(back.status, ProgrammeStatus::Active);
    EXPECT_FALSE(back.supersededAt.isValid());
    EXPECT_EQ((**m_repository->activeOn(m_patientId, QDate(2026, 3, 10))).id, *first);

    // Once the lineage has moved on (a newer version), the activation stays.
    ASSERT_TRUE(m_repository->removeDraft(second->id));
    auto third = m_repository->draftFor(*first);
    ASSERT_TRUE(third);
    EXPECT_EQ(m_repository->revertActivation(*first, 0).error().code,
              QStringLiteral("programme.not_reversible"));
    EXPECT_EQ(m_repository->get(*first)->status, ProgrammeStatus::Active);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProgrammeRepositoryTest,
                         testing::Values(SqlBackend::Sqlite, SqlBackend::Postgres),
                         [](const testing::TestParamInfo<SqlBackend>& info) {
                             return info.param == SqlBackend::Sqlite ? "Sqlite" : "Postgres";
                         });
