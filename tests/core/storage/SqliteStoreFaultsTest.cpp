// What the embedded store does when the file system says no: read-only files and folders,
// missing and empty files, a full disk, a lock held by another writer, a damaged page.
#include "Workspace.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/PatientRepository.h"
#include "storage/SqliteFile.h"
#include "storage/UnitOfWork.h"
#include "support/FileFaults.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <thread>

using namespace gradus;
using namespace gradus::test;

namespace {

Patient patient(const QString& family)
{
    Patient p;
    p.givenName = QStringLiteral("Ada");
    p.familyName = family;
    p.dateOfBirth = QDate(1980, 2, 3);
    return p;
}

// A store with one patient, closed cleanly (so no -wal or -shm lies beside it).
QString storeWithOnePatient(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("clinic.sqlite"));
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    EXPECT_TRUE(db) << db.error().message.toStdString();
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Workspace ws(std::move(*db), clock);
    EXPECT_TRUE(PatientRepository(ws).add(patient(QStringLiteral("Lovelace"))));
    return path;
}

class ReadOnlyStoreTest : public testing::Test
{
protected:
    void TearDown() override
    {
        setMode(m_dir.path(), 0700);
        for (const QString& name : folderEntries(m_dir.path()))
            setMode(m_dir.filePath(name), 0600);
    }

    // Opens, reads, tries every kind of write, and checks that nothing changed.
    void expectReadOnly(const QString& path, const QString& reason)
    {
        const QByteArray before = fileSha256(path);
        const int mode = modeOf(path);
        const QStringList entries = folderEntries(m_dir.path());
        {
            auto db = Database::open(DatabaseLocation::sqliteFile(path));
            ASSERT_TRUE(db) << db.error().message.toStdString();
            EXPECT_TRUE((*db)->isReadOnly());
            EXPECT_EQ((*db)->readOnlyReason(), reason);
            ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
            Workspace ws(std::move(*db), clock);
            PatientRepository patients(ws);
            auto list = patients.list(true);
            ASSERT_TRUE(list) << list.error().message.toStdString();
            ASSERT_EQ(list->size(), 1);
            EXPECT_EQ(list->first().familyName, QStringLiteral("Lovelace"));

            auto added = patients.add(patient(QStringLiteral("Babbage")));
            ASSERT_FALSE(added);
            EXPECT_EQ(added.error().kind(), ErrorKind::ReadOnly)
                << added.error().code.toStdString();
            EXPECT_TRUE(added.error().message.contains(QStringLiteral("read-only")))
                << added.error().message.toStdString();

            Patient changed = list->first();
            changed.notes = QStringLiteral("changed");
            auto updated = patients.update(changed);
            ASSERT_FALSE(updated);
            EXPECT_EQ(updated.error().kind(), ErrorKind::ReadOnly);
            auto archived = patients.setArchived(changed.id, true);
            ASSERT_FALSE(archived);
            EXPECT_EQ(archived.error().kind(), ErrorKind::ReadOnly);
            auto erased = patients.erase(changed.id);
            ASSERT_FALSE(erased);
            EXPECT_EQ(erased.error().kind(), ErrorKind::ReadOnly);

            auto raw = ws.db().exec(QStringLiteral("DELETE FROM patient"));
            ASSERT_FALSE(raw);
            EXPECT_EQ(raw.error().kind(), ErrorKind::ReadOnly);
        }
        EXPECT_EQ(fileSha256(path), before) << "not a byte changed";
        EXPECT_EQ(modeOf(path), mode) << "the user's permissions are kept";
        EXPECT_EQ(folderEntries(m_dir.path()), entries) << "no -wal or -shm left beside it";
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReadOnlyStoreTest, AReadOnlyFileIsOpenedReadOnlyAndNeverChanged)
{
    const QString path = storeWithOnePatient(m_dir.path());
    ASSERT_TRUE(setMode(path, 0444));
    expectReadOnly(path, QStringLiteral("the file is read-only"));
    EXPECT_EQ(modeOf(path), 0444);
}

TEST_F(ReadOnlyStoreTest, AFileInAReadOnlyFolderIsOpenedReadOnly)
{
    const QString path = storeWithOnePatient(m_dir.path());
    ASSERT_TRUE(setMode(m_dir.path(), 0555));
    expectReadOnly(
        path,
        QStringLiteral("its folder %1 is read-only").arg(QDir::toNativeSeparators(m_dir.path())));
    EXPECT_EQ(modeOf(m_dir.path()), 0555);
}

TEST_F(ReadOnlyStoreTest, AReadOnlyStoreThatNeedsAnUpgradeIsRefusedUnchanged)
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        OpenOptions old;
        old.migrateToVersion = 1;
        ASSERT_TRUE(Database::open(DatabaseLocation::sqliteFile(path), old));
    }
    ASSERT_TRUE(setMode(path, 0444));
    const QByteArray before = fileSha256(path);
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::ReadOnly);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(fileSha256(path), before);
    EXPECT_EQ(modeOf(path), 0444);
}

TEST_F(ReadOnlyStoreTest, NoNewStoreInAReadOnlyFolder)
{
    ASSERT_TRUE(setMode(m_dir.path(), 0555));
    auto db =
        Database::open(DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("new.db"))));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::ReadOnly);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(folderEntries(m_dir.path()).isEmpty());
}

TEST(SqliteCreationTest, NothingIsCreatedWhenOnlyReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("some/new/path/x.sqlite"));
    OpenOptions readOnly;
    readOnly.createIfMissing = false;
    auto db = Database::open(DatabaseLocation::sqliteFile(path), readOnly);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::NoDatabase);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("no database")))
        << db.error().message.toStdString();
    EXPECT_TRUE(folderEntries(dir.path()).isEmpty()) << "not even the folders";
}

TEST(SqliteCreationTest, ANewStoreIsOwnerOnlyInOwnerOnlyFoldersWithNothingLeftOver)
{
    QTemporaryDir dir;
    const mode_t oldMask = ::umask(022);
    const QString path = dir.filePath(QStringLiteral("a/b/clinic.sqlite"));
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    ::umask(oldMask);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("a"))), 0700);
    EXPECT_EQ(modeOf(dir.filePath(QStringLiteral("a/b"))), 0700);
    db->reset();
    EXPECT_EQ(folderEntries(dir.filePath(QStringLiteral("a/b"))),
              QStringList{QStringLiteral("clinic.sqlite")});
}

TEST(SqliteCreationTest, TemporaryFilesOfAKilledCreationAreRemoved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    // pid 2^22+1 is above Linux's pid_max default ceiling, so no process has it.
    const QString stale = dir.filePath(QStringLiteral(".clinic.sqlite.creating-4194305-Ab12Cd"));
    for (const QString& name : {stale, stale + QStringLiteral("-journal")}) {
        QFile f(name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("half a database");
    }
    ASSERT_TRUE(Database::open(DatabaseLocation::sqliteFile(path)));
    EXPECT_FALSE(QFile::exists(stale));
    EXPECT_FALSE(QFile::exists(stale + QStringLiteral("-journal")));
}

TEST(SqliteCreationTest, AZeroLengthFileIsRefusedUnlessANewStoreIsAskedFor)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto refused = Database::open(DatabaseLocation::sqliteFile(path));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::NotGradus);
    EXPECT_EQ(refused.error().code, QStringLiteral("open.empty"));
    EXPECT_EQ(QFileInfo(path).size(), 0);

    OpenOptions create;
    create.replaceEmptyFile = true;
    auto made = Database::open(DatabaseLocation::sqliteFile(path), create);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ((*made)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(modeOf(path), 0600);
}

TEST(SqliteFaultTest, ABackupOntoAFullDiskLeavesNoFile)
{
    TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    const QString target = QDir(store.dir()).filePath(QStringLiteral("backup.sqlite"));
    const QStringList before = folderEntries(store.dir());
    Status st;
    {
        FileSizeLimit limit(8 * 1024);
        st = db->backupTo(target);
    }
    // SQLite reports a file-size limit as an I/O error (a real ENOSPC as "full": the
    // LD_PRELOAD shim in the command-line tests shows that); either way nothing is left.
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("backup.sqlite")));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("Nothing was written")));
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(folderEntries(store.dir()), before) << "no temporary file left";
}

TEST(SqliteFaultTest, ABackupIsOwnerOnlyAndReplacesOnlyWhenAsked)
{
    TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    const mode_t oldMask = ::umask(022);
    const QString target = QDir(store.dir()).filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(db->backupTo(target));
    ::umask(oldMask);
    EXPECT_EQ(modeOf(target), 0600);
    auto again = db->backupTo(target);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("backup.exists"));
    EXPECT_TRUE(db->backupTo(target, true));
    auto self = db->backupTo(store.location().filePath, true);
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, QStringLiteral("backup.self"));
}

TEST(SqliteFaultTest, AWriteWhileAnotherWriterHoldsTheLockIsBusy)
{
    TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    const QString other = QStringLiteral("other-writer");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        holder.setDatabaseName(store.location().filePath);
        ASSERT_TRUE(holder.open());
        QSqlQuery begin(holder);
        ASSERT_TRUE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        db->setWriteLockWait(0); // one round of the busy timeout, as the app's 5 s
        Workspace ws(std::move(db), clock);
        auto added = PatientRepository(ws).add(patient(QStringLiteral("Busy")));
        ASSERT_FALSE(added);
        EXPECT_EQ(added.error().kind(), ErrorKind::Busy) << added.error().message.toStdString();
        EXPECT_TRUE(added.error().message.contains(QStringLiteral("busy")));
        QSqlQuery rollback(holder);
        rollback.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(other);
}

TEST(SqliteFaultTest, AWriterOutwaitsALockHeldLongerThanOneBusyTimeout)
{
    TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    // Another writer holds the write lock for longer than SQLite's busy timeout (5 s), on its
    // own connection in its own thread, as another desk would.
    QSemaphore locked;
    std::thread holder([&store, &locked] {
        const QString name = QStringLiteral("slow-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(store.location().filePath);
            if (other.open()) {
                QSqlQuery begin(other);
                begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
                locked.release();
                QThread::msleep(6500);
                QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
                other.close();
            } else {
                locked.release();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    locked.acquire();
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    db->setWriteLockWait(30000);
    Workspace ws(std::move(db), clock);
    QElapsedTimer waited;
    waited.start();
    auto added = PatientRepository(ws).add(patient(QStringLiteral("Patient")));
    const qint64 ms = waited.elapsed();
    holder.join();
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_GE(ms, 5000); // it did wait past one busy timeout
    EXPECT_GE(ws.db().retriedUnits(), 1);
}

TEST(SqliteFaultTest, AGarbagePageInTheMiddleIsFoundByTheCheckAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(path));
        ASSERT_TRUE(db);
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        Workspace ws(std::move(*db), clock);
        for (int i = 0; i < 400; ++i) {
            Patient p = patient(QStringLiteral("Family%1").arg(i));
            p.notes = QString(300, u'n');
            ASSERT_TRUE(PatientRepository(ws).add(p));
        }
        ASSERT_TRUE(ws.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const qint64 size = QFileInfo(path).size();
    const qint64 pageSize = 4096;
    ASSERT_GT(size / pageSize, 20);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek((size / pageSize / 2) * pageSize);
        f.write(QByteArray(pageSize, '\xA5'));
    }
    const QByteArray damaged = fileSha256(path);

    auto report = IntegrityCheck::run(DatabaseLocation::sqliteFile(path));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_FALSE(report->ok());
    const Error error = IntegrityCheck::damaged(DatabaseLocation::sqliteFile(path), *report);
    EXPECT_EQ(error.kind(), ErrorKind::Damaged);
    EXPECT_TRUE(error.message.contains(QStringLiteral("damage")));
    EXPECT_EQ(fileSha256(path), damaged) << "a check never repairs";
}

TEST(SqliteFaultTest, AHealthyStorePassesBothChecks)
{
    TestStore store;
    ASSERT_TRUE(store.open());
    for (auto depth : {IntegrityCheck::Depth::Quick, IntegrityCheck::Depth::Full}) {
        auto report = IntegrityCheck::run(store.location(), depth);
        ASSERT_TRUE(report) << report.error().message.toStdString();
        EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
        EXPECT_EQ(report->schemaVersion, Database::latestSchemaVersion());
    }
}

TEST(SqliteFaultTest, ACheckNamesAMissingTable)
{
    TestStore store;
    {
        auto db = store.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE clinic_setting")));
    }
    auto report = IntegrityCheck::run(store.location());
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_TRUE(report->problems.join(u' ').contains(QStringLiteral("clinic_setting")));
}

TEST(SqliteFaultTest, RandomBytesAreNotADatabaseNotDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
    }
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::NotGradus);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a database")));
    auto check = IntegrityCheck::run(DatabaseLocation::sqliteFile(path));
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().kind(), ErrorKind::NotGradus);
}

TEST(SqliteFaultTest, AFolderIsNotADatabase)
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseLocation::sqliteFile(dir.path()));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().kind(), ErrorKind::NotGradus);
}
