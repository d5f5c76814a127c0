// A unit of work that loses a deadlock on the PostgreSQL server is run again, from what its
// caller gave: nothing of the lost attempt is left, and nothing of it is reused. The other
// desk here is a real second connection in its own thread.
#include "exercises/ExerciseLibrary.h"
#include "storage/Database.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace gradus;

namespace {

// Another desk on its own connection. It locks the exercise row, waits until the app's unit is
// waiting for that lock, then asks for the patient row the unit holds: a deadlock. Its own
// deadlock check is put off, so the server picks the app's unit as the one to abort. It keeps
// both locks a moment, then gives up its work.
class DeadlockingDesk
{
public:
    DeadlockingDesk(const DatabaseLocation& where, qint64 exerciseId, qint64 patientId)
        : m_thread([this, where, exerciseId, patientId] { run(where, exerciseId, patientId); })
    {
        m_holding.acquire();
    }
    ~DeadlockingDesk()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    DeadlockingDesk(const DeadlockingDesk&) = delete;
    DeadlockingDesk& operator=(const DeadlockingDesk&) = delete;

    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool sawTheUnitWait() const { return m_sawWait; }
    bool gotThePatientRow() const { return m_gotPatient; }

private:
    void run(const DatabaseLocation& where, qint64 exerciseId, qint64 patientId)
    {
        const QString name = QStringLiteral("deadlocking-desk");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(QStringLiteral("postgres")); // may set deadlock_timeout
            db.setDatabaseName(where.databaseName);
            QSqlQuery q(db);
            const bool locked = db.open() &&
                                q.exec(QStringLiteral("SET deadlock_timeout = '30s'")) &&
                                q.exec(QStringLiteral("BEGIN")) &&
                                q.exec(QStringLiteral("SELECT id FROM exercise WHERE id = %1 FOR "
                                                      "UPDATE")
                                           .arg(exerciseId));
            m_holding.release();
            if (locked) {
                QElapsedTimer waited;
                waited.start();
                while (!m_sawWait && waited.elapsed() < 10000) {
                    QSqlQuery waiting(db);
                    m_sawWait = waiting.exec(QStringLiteral("SELECT count(*) FROM pg_locks "
                                                            "WHERE NOT granted")) &&
                                waiting.next() && waiting.value(0).toInt() > 0;
                    if (!m_sawWait)
                        QThread::msleep(20);
                }
                m_gotPatient =
                    q.exec(QStringLiteral("SELECT id FROM patient WHERE id = %1 FOR UPDATE")
                               .arg(patientId));
                QThread::msleep(300);
                q.exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QSemaphore m_holding;
    std::atomic<bool> m_sawWait = false;
    std::atomic<bool> m_gotPatient = false;
    std::thread m_thread;
};

} // namespace

TEST(ServerRerunTest, AProgrammeWhoseUnitLostADeadlockIsSavedOnceWithTheEpisodeOfTheRerun)
{
    test::WorkspaceFixture fixture(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(fixture.store);
    ASSERT_TRUE(fixture.open());
    Workspace& ws = fixture.ws();
    ASSERT_TRUE(ExerciseLibrary::ensureLoaded(ws));
    auto patientId = PatientRepository(ws).add(
        test::samplePatient(QStringLiteral("Ada"), QStringLiteral("Fictional"), QDate(1980, 5, 1)));
    ASSERT_TRUE(patientId);
    auto walking = ExerciseRepository(ws).byStableId(QStringLiteral("walking"));
    ASSERT_TRUE(walking);

    // No open episode: the unit opens one, which the lost attempt rolls back.
    Prescription p;
    p.exerciseId = walking->id;
    p.dose.type = DoseType::Duration;
    p.dose.reps = 0;
    p.dose.minutes = 10;
    p.dose.timesPerDay = 2;
    Programme programme;
    programme.patientId = *patientId;
    programme.name = QStringLiteral("Back to walking");
    programme.startDate = QDate(2026, 3, 15);
    programme.sections = {ProgrammeSection{QStringLiteral("Aerobic"), {p}}};
    const int retriedBefore = ws.db().retriedUnits();

    Result<qint64> created = Error{QStringLiteral("test.not_run"), QString()};
    {
        DeadlockingDesk other(fixture.store.location(), walking->id, *patientId);
        created = ProgrammeRepository(ws).create(programme);
        other.join();
        ASSERT_TRUE(other.sawTheUnitWait()) << "the unit never waited for the other desk's lock";
        EXPECT_TRUE(other.gotThePatientRow()) << "the other desk, not the unit, lost the deadlock";
    }

    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_GE(ws.db().retriedUnits(), retriedBefore + 1);
    auto episodes = EpisodeRepository(ws).forPatient(*patientId);
    ASSERT_TRUE(episodes);
    ASSERT_EQ(episodes->size(), 1) << "the lost attempt's episode was rolled back";
    auto saved = ProgrammeRepository(ws).get(*created);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->episodeId, episodes->first().id)
        << "the rerun pointed the programme at the episode it opened itself";
    EXPECT_EQ(fixture.count(QStringLiteral("programme")), 1);
    EXPECT_EQ(fixture.count(QStringLiteral("prescription")), 1);
}
