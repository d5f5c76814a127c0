// Restore and automatic backups on real SQLite files; pg_dump on the real PostgreSQL server.
#include "services/BackupService.h"

#include "demo/DemoClinic.h"
#include "storage/PatientRepository.h"
#include "support/PatientFixtures.h"
#include "support/QtPrinters.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gradus;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

class BackupServiceTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_live.open());
        ASSERT_TRUE(DemoClinic::create(m_live.ws(), 6));
        m_backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        ASSERT_TRUE(m_live.ws().db().backupTo(m_backup));
    }

    QString livePath() { return m_live.store.location().filePath; }

    test::WorkspaceFixture m_live{SqlBackend::Sqlite};
    QTemporaryDir m_dir;
    QString m_backup;
};

} // namespace

TEST_F(BackupServiceTest, RestoreChecksTheBackupAndWritesANewDatabase)
{
    const QByteArray before = digest(m_backup);
    const QString target = m_dir.filePath(QStringLiteral("restored.sqlite"));
    auto restored = BackupService::restore(m_backup, target, false, livePath());
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    EXPECT_EQ(restored->patients, 6);
    EXPECT_EQ(restored->schemaVersion, Database::latestSchemaVersion());
    EXPECT_EQ(restored->path, QFileInfo(target).absoluteFilePath());
    EXPECT_EQ(mode(target), 0600);
    EXPECT_EQ(digest(m_backup), before) << "the backup is only read";
    EXPECT_FALSE(QFile::exists(m_backup + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(m_backup + QStringLiteral("-shm")));
    // Nothing is left beside the target but the target.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("restored*")}, QDir::Files),
              QStringList{QStringLiteral("restored.sqlite")});

    auto opened = Database::open(DatabaseLocation::sqliteFile(target));
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    ManualClock clock(test::fixedNow());
    Workspace ws(std::move(*opened), clock);
    EXPECT_EQ(*PatientRepository(ws).count(true), 6);
}

TEST_F(BackupServiceTest, RestoreNeverWritesOverWhatItMustNot)
{
    const QString target = m_dir.filePath(QStringLiteral("taken.sqlite"));
    QFile existing(target);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("somebody's file");
    existing.close();

    auto refused = BackupService::restore(m_backup, target, false, livePath());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("file.exists"));
    EXPECT_EQ(digest(target),
              QCryptographicHash::hash("somebody's file", QCryptographicHash::Sha256));
    ASSERT_TRUE(BackupService::restore(m_backup, target, true, livePath())) << "--force replaces";

    const QByteArray live = digest(livePath());
    for (const bool force : {false, true}) {
        auto inUse = BackupService::restore(m_backup, livePath(), force, livePath());
        ASSERT_FALSE(inUse);
        EXPECT_EQ(inUse.error().code, QStringLiteral("restore.in_use"));
        EXPECT_EQ(inUse.error().kind(), ErrorKind::Refused);
        auto itself = BackupService::restore(m_backup, m_backup, force, livePath());
        ASSERT_FALSE(itself);
        EXPECT_EQ(itself.error().code, QStringLiteral("restore.in_use"));
    }
    EXPECT_EQ(digest(livePath()), live);
}

TEST_F(BackupServiceTest, DamagedForeignNewerAndServerBackupsAreRefused)
{
    // Damage in the middle of the file: the integrity check finds it.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(QFile::copy(m_backup, damaged));
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        for (qint64 at = 8192; at < size - 4096; at += 4096) {
            f.seek(at + 100);
            f.write(QByteArray(300, '\x5a'));
        }
    }
    const QString target = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto bad = BackupService::restore(damaged, target, false, livePath());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind(), ErrorKind::Damaged) << bad.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(target));

    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write("not a database at all");
    t.close();
    EXPECT_EQ(BackupService::restore(text, target, false, {}).error().kind(), ErrorKind::NotGradus);

    const QString dump = m_dir.filePath(QStringLiteral("server.dump"));
    QFile d(dump);
    ASSERT_TRUE(d.open(QIODevice::WriteOnly));
    d.write("PGDMP\x01\x0e\x00 custom format");
    d.close();
    auto pg = BackupService::restore(dump, target, false, {});
    ASSERT_FALSE(pg);
    EXPECT_TRUE(pg.error().message.contains(QStringLiteral("pg_restore")));

    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        test::WorkspaceFixture other(SqlBackend::Sqlite);
        ASSERT_TRUE(other.open());
        ASSERT_TRUE(other.ws().db().exec(
            QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'")));
        ASSERT_TRUE(other.ws().db().backupTo(newer));
    }
    auto future = BackupService::restore(newer, target, false, {});
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().kind(), ErrorKind::NewerSchema);

    auto missing =
        BackupService::restore(m_dir.filePath(QStringLiteral("nope.sqlite")), target, false, {});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(target));
}

TEST_F(BackupServiceTest, AtMostOneDailyBackupKeepingTheNewest)
{
    EXPECT_EQ(m_live.ws().settings().intValue(ClinicSettings::Key::BackupsToKeep), 7);
    Database& db = m_live.ws().db();
    const QString folder = BackupService::backupFolder(livePath());
    const QString stem = QFileInfo(livePath()).completeBaseName();
    auto first = BackupService::dailyBackup(db, QDate(2026, 3, 1), 3);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->written, QDir(folder).filePath(stem + QStringLiteral("-2026-03-01.sqlite")));
    EXPECT_EQ(mode(folder), 0700);
    EXPECT_EQ(mode(first->written), 0600);
    EXPECT_TRUE(BackupService::inspect(first->written));

    auto again = BackupService::dailyBackup(db, QDate(2026, 3, 1), 3);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->written.isEmpty()) << "one a day";

    for (int day = 2; day <= 6; ++day)
        ASSERT_TRUE(BackupService::dailyBackup(db, QDate(2026, 3, day), 3));
    const QStringList left =
        QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    EXPECT_EQ(left, (QStringList{stem + QStringLiteral("-2026-03-04.sqlite"),
                                 stem + QStringLiteral("-2026-03-05.sqlite"),
                                 stem + QStringLiteral("-2026-03-06.sqlite")}));
    EXPECT_TRUE(QDir(folder)
                    .entryList({QStringLiteral(".*partial")}, QDir::Files | QDir::Hidden)
                    .isEmpty());

    // 0 turns them off; through the setting and the workspace's clock.
    ASSERT_TRUE(m_live.ws().settings().setValue(ClinicSettings::Key::BackupsToKeep, 0));
    auto off = BackupService::dailyBackup(m_live.ws());
    ASSERT_TRUE(off);
    EXPECT_TRUE(off->written.isEmpty());
    ASSERT_TRUE(m_live.ws().settings().setValue(ClinicSettings::Key::BackupsToKeep, 2));
    auto viaSettings = BackupService::dailyBackup(m_live.ws());
    ASSERT_TRUE(viaSettings);
    EXPECT_TRUE(viaSettings->written.endsWith(test::fixedNow().date().toString(Qt::ISODate) +
                                              QStringLiteral(".sqlite")));
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size(), 2);
}

TEST(BackupServerTest, PgDumpWritesAnOwnerOnlyDumpOrSaysHow)
{
    test::WorkspaceFixture server(SqlBackend::Postgres);
    GRADUS_OPEN_WORKSPACE(server);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clinic.dump"));
    auto st = BackupService::backup(server.ws().db(), target);
    ASSERT_TRUE(st) << st.error().message.toStdString();
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "PGDMP");
    EXPECT_EQ(mode(target), 0600);
    EXPECT_FALSE(BackupService::backup(server.ws().db(), target)) << "never over a file";
    EXPECT_EQ(BackupService::inspect(target).error().code, QStringLiteral("backup.pg_dump"));

    // Without pg_dump on the PATH the message says how to make the backup.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", dir.path().toLocal8Bit());
    auto missing = BackupService::backup(server.ws().db(), dir.filePath(QStringLiteral("b.dump")));
    qputenv("PATH", path);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, QStringLiteral("backup.no_pg_dump"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("postgresql-client")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("pg_dump --format=custom")));
}
