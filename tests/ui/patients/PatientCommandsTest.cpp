#include "patients/PatientEditor.h"

#include "services/EpisodeRecords.h"
#include "services/VisitRecords.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "support/PatientUiFixture.h"

#include <gtest/gtest.h>

#include "undo/StoreUndoStack.h"
#include <QSignalSpy>

using namespace gradus;

namespace {

class PatientCommandsTest : public test::PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        m_editor = std::make_unique<PatientEditor>(*m_workspace, &m_stack);
    }

    // An episode for a new patient, opened through the editor (on the undo stack).
    qint64 openEpisodeForNewPatient(const Patient& patient)
    {
        auto pid = m_editor->addPatient(patient);
        if (!pid)
            return 0;
        Episode e;
        e.patientId = *pid;
        e.complaint = QStringLiteral("Low back pain");
        e.openedOn = m_clock.today();
        auto eid = m_editor->addEpisode(e);
        return eid ? *eid : 0;
    }

    StoreUndoStack m_stack;
    std::unique_ptr<PatientEditor> m_editor;
};

Patient zoe()
{
    Patient p;
    p.givenName = QStringLiteral("Zoë");
    p.familyName = QStringLiteral("Müller");
    p.dateOfBirth = QDate(1985, 3, 14);
    return p;
}

} // namespace

TEST_F(PatientCommandsTest, EditIsUndoneAndRedone)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    const Patient before = stored(id);
    Patient after = before;
    after.phone = QStringLiteral("07700 900123");
    after.familyName = QStringLiteral("Müller-Lüdenscheidt");
    ASSERT_TRUE(m_editor->editPatient(before, after));
    EXPECT_EQ(stored(id).phone, QStringLiteral("07700 900123"));
    EXPECT_EQ(m_stack.count(), 1);
    EXPECT_EQ(m_stack.undoText(), QStringLiteral("Edit Zoë Müller-Lüdenscheidt"));

    m_stack.undo();
    EXPECT_TRUE(stored(id).phone.isEmpty());
    EXPECT_EQ(stored(id).familyName, QStringLiteral("Müller"));
    m_stack.redo();
    EXPECT_EQ(stored(id).phone, QStringLiteral("07700 900123"));
    EXPECT_EQ(stored(id).familyName, QStringLiteral("Müller-Lüdenscheidt"));
    m_stack.undo();
    m_stack.redo();
    EXPECT_EQ(stored(id).familyName, QStringLiteral("Müller-Lüdenscheidt"));
    EXPECT_EQ(m_stack.count(), 1);
}

TEST_F(PatientCommandsTest, InvalidEditIsRefusedAndNotPushed)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    const Patient before = stored(id);
    Patient after = before;
    after.dateOfBirth = QDate(2030, 1, 1);
    auto st = m_editor->editPatient(before, after);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("patient.invalid"));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_EQ(stored(id).dateOfBirth, QDate(1985, 3, 14));
}

TEST_F(PatientCommandsTest, AnUndoThatWouldOverwriteAChangeMadeElsewhereIsDropped)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    const Patient before = stored(id);
    Patient after = before;
    after.notes = QStringLiteral("from the app");
    ASSERT_TRUE(m_editor->editPatient(before, after));
    // Another desk changes the record.
    m_clock.advanceDays(1);
    Patient elsewhere = stored(id);
    elsewhere.phone = QStringLiteral("07700 900999");
    ASSERT_TRUE(PatientRepository(*m_workspace).update(elsewhere));

    QSignalSpy failed(&m_stack, &StoreUndoStack::failed);
    m_stack.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("patient.conflict"));
    EXPECT_EQ(m_stack.count(), 0); // dropped, not left to fail again
    EXPECT_EQ(stored(id).phone, QStringLiteral("07700 900999"));
    EXPECT_EQ(stored(id).notes, QStringLiteral("from the app"));
}

TEST_F(PatientCommandsTest, AddArchiveAndTheirUndo)
{
    auto id = m_editor->addPatient(zoe());
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_editor->setArchived(*id, true));
    EXPECT_TRUE(stored(*id).archived);
    EXPECT_EQ(m_stack.count(), 2);

    m_stack.undo(); // restore
    EXPECT_FALSE(stored(*id).archived);
    m_stack.undo(); // the patient was never added
    EXPECT_FALSE(PatientRepository(*m_workspace).get(*id));
    m_stack.redo(); // back, with the same id
    EXPECT_EQ(stored(*id).familyName, QStringLiteral("Müller"));
    m_stack.redo();
    EXPECT_TRUE(stored(*id).archived);
}

TEST_F(PatientCommandsTest, UndoingAnAdditionNeverTakesAwayAVisitRecordedSince)
{
    auto id = m_editor->addPatient(zoe());
    ASSERT_TRUE(id);
    // A visit recorded for the new patient elsewhere (another desk, a script): no episode.
    VisitRecord visit;
    visit.date = m_clock.today();
    visit.clinician = QStringLiteral("Pat");
    visit.painNow = 4;
    ASSERT_TRUE(VisitEdits(*m_workspace).addVisit(*id, std::nullopt, visit, QStringLiteral("Pat")));

    QSignalSpy failed(&m_stack, &StoreUndoStack::failed);
    m_stack.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("undo.patient_in_use"));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_EQ(stored(*id).familyName, QStringLiteral("Müller"));
    auto visits = VisitRecords(*m_workspace).visits(*id, true);
    ASSERT_TRUE(visits);
    EXPECT_EQ(visits->size(), 1);
}

TEST_F(PatientCommandsTest, UndoingAnAddedConditionNeverTakesAwayAnEditMadeSince)
{
    const qint64 eid = openEpisodeForNewPatient(zoe());
    ASSERT_GT(eid, 0);
    Condition c;
    c.episodeId = eid;
    c.code = QStringLiteral("osteoporosis");
    auto cid = m_editor->addCondition(c);
    ASSERT_TRUE(cid);
    // Another desk adds a note to the condition this desk has just added.
    ConditionRepository conditions(*m_workspace);
    Condition noted = *conditions.get(*cid);
    noted.note = QStringLiteral("DEXA T-score -2.8");
    ASSERT_TRUE(EpisodeEdits(*m_workspace).updateCondition(noted));

    QSignalSpy failed(&m_stack, &StoreUndoStack::failed);
    m_stack.undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed[0][1].value<Error>().kind(), ErrorKind::Conflict);
    ASSERT_TRUE(conditions.get(*cid));
    EXPECT_EQ(conditions.get(*cid)->note, QStringLiteral("DEXA T-score -2.8"));
}

TEST_F(PatientCommandsTest, RemovingAConditionAnotherDeskChangedSinceItWasShownIsRefused)
{
    const qint64 eid = openEpisodeForNewPatient(zoe());
    ASSERT_GT(eid, 0);
    Condition c;
    c.episodeId = eid;
    c.code = QStringLiteral("sciatica");
    auto cid = EpisodeEdits(*m_workspace).addCondition(c);
    ASSERT_TRUE(cid);
    ConditionRepository conditions(*m_workspace);
    const Condition shown = *conditions.get(*cid);
    Condition worse = shown;
    worse.side = Condition::Side::Both;
    ASSERT_TRUE(EpisodeEdits(*m_workspace).updateCondition(worse));
    const int before = m_stack.count();

    auto removed = m_editor->removeCondition(shown);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_stack.count(), before);
    ASSERT_TRUE(conditions.get(*cid));
    EXPECT_EQ(conditions.get(*cid)->side, Condition::Side::Both);
}

TEST_F(PatientCommandsTest, EpisodeAndConditionChangesAreUndoable)
{
    const qint64 pid =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    Episode e;
    e.patientId = pid;
    e.complaint = QStringLiteral("Low back pain");
    e.openedOn = m_clock.today();
    auto eid = m_editor->addEpisode(e);
    ASSERT_TRUE(eid);
    Condition c;
    c.episodeId = *eid;
    c.code = QStringLiteral("sciatica");
    c.side = Condition::Side::Right;
    auto cid = m_editor->addCondition(c);
    ASSERT_TRUE(cid);
    ConditionRepository conditions(*m_workspace);
    const Condition added = *conditions.get(*cid);
    Condition resolved = added;
    resolved.status = Condition::Status::Resolved;
    ASSERT_TRUE(m_editor->editCondition(added, resolved));
    EXPECT_EQ(m_stack.undoText(), QStringLiteral("Resolve Sciatica (radicular leg pain)"));
    ASSERT_TRUE(m_editor->removeCondition(*conditions.get(*cid)));
    EXPECT_FALSE(conditions.get(*cid));
    const Episode open = *EpisodeRepository(*m_workspace).get(*eid);
    Episode closed = open;
    closed.closedOn = m_clock.today();
    ASSERT_TRUE(m_editor->editEpisode(open, closed));
    EXPECT_EQ(m_stack.undoText(), QStringLiteral("Close episode \"Low back pain\""));
    EXPECT_EQ(m_stack.count(), 5);

    m_stack.undo(); // reopened
    EXPECT_TRUE(EpisodeRepository(*m_workspace).get(*eid)->isOpen());
    m_stack.undo(); // condition back, resolved
    ASSERT_TRUE(conditions.get(*cid));
    EXPECT_EQ(conditions.get(*cid)->status, Condition::Status::Resolved);
    m_stack.undo(); // active again
    EXPECT_EQ(conditions.get(*cid)->status, Condition::Status::Active);
    m_stack.undo(); // condition never added
    EXPECT_FALSE(conditions.get(*cid));
    m_stack.undo(); // episode never opened
    EXPECT_FALSE(EpisodeRepository(*m_workspace).get(*eid));
    while (m_stack.canRedo())
        m_stack.redo();
    EXPECT_FALSE(EpisodeRepository(*m_workspace).get(*eid)->isOpen());
    EXPECT_FALSE(conditions.get(*cid));
    EXPECT_EQ(m_stack.count(), 5);
}

TEST_F(PatientCommandsTest, UndoingAnAddDoesNotTakeRecordsMadeSince)
{
    auto id = m_editor->addPatient(zoe());
    ASSERT_TRUE(id);
    // An episode recorded outside the undo history (another desk, gradus-cli).
    ASSERT_TRUE(EpisodeRepository(*m_workspace).ensureOpenEpisode(*id));
    QSignalSpy failed(&m_stack, &StoreUndoStack::failed);
    m_stack.undo();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(PatientRepository(*m_workspace).get(*id));
    EXPECT_EQ(m_stack.count(), 0);
}

TEST_F(PatientCommandsTest, ErasureClearsTheUndoHistory)
{
    const qint64 id =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    const Patient before = stored(id);
    Patient after = before;
    after.notes = QStringLiteral("private");
    ASSERT_TRUE(m_editor->editPatient(before, after));
    auto erased = m_editor->erasePatient(id);
    ASSERT_TRUE(erased);
    EXPECT_EQ(m_stack.count(), 0); // no copy of the erased data stays behind
    EXPECT_FALSE(PatientRepository(*m_workspace).get(id));
}
