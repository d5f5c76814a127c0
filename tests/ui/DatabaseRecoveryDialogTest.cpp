// The start-up dialog for a database that cannot be opened: it says why and offers another
// file, a new database, or a backup restored in place, never overwriting anything.
#include "DatabaseRecoveryDialog.h"

#include "Workspace.h"
#include "model/Patient.h"
#include "services/StoreOpening.h"
#include "storage/PatientRepository.h"
#include "support/FileFaults.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace gradus;
using namespace gradus::test;

namespace {

class DatabaseRecoveryDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_live = m_dir.filePath(QStringLiteral("clinic.sqlite"));
        m_backup = m_dir.filePath(QStringLiteral("clinic-backup.sqlite"));
        // A clinic with one patient, backed up; then the live file is overwritten with junk.
        {
            auto db = Database::open(DatabaseLocation::sqliteFile(m_live));
            ASSERT_TRUE(db);
            Workspace ws(std::move(*db), m_clock);
            Patient p;
            p.givenName = QStringLiteral("Ida");
            p.familyName = QStringLiteral("Restored");
            p.dateOfBirth = QDate(1969, 7, 20);
            ASSERT_TRUE(PatientRepository(ws).add(p));
            ASSERT_TRUE(ws.db().backupTo(m_backup));
        }
        for (const QString& side : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_live + side);
        QFile f(m_live);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, '\x5A'));
        f.close();
        m_junk = fileSha256(m_live);
        auto refused = Database::open(DatabaseLocation::sqliteFile(m_live));
        ASSERT_FALSE(refused);
        m_error = refused.error();
    }

    static qint64 patientCount(Database& db)
    {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM patient"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_live;
    QString m_backup;
    QByteArray m_junk;
    Error m_error;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC)};
};

} // namespace

TEST_F(DatabaseRecoveryDialogTest, SaysWhyAndOffersEveryWayOn)
{
    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    EXPECT_EQ(dialog.messageText(), m_error.message);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("not a database")))
        << dialog.messageText().toStdString();
    for (const char* name : {"openAnother", "createNew", "restoreBackup", "quit"}) {
        auto* button = dialog.findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_TRUE(button->isEnabled()) << name;
    }
    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("recovery-dialog.png")));
    }
    dialog.reject();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(fileSha256(m_live), m_junk) << "quitting changes nothing";
}

TEST_F(DatabaseRecoveryDialogTest, RestoringABackupKeepsTheUnusableFileAside)
{
    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    ASSERT_TRUE(dialog.restoreBackup(m_backup));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto store = dialog.takeStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->db().location().filePath, m_live);
    EXPECT_EQ(patientCount(store->db()), 1);
    EXPECT_EQ(modeOf(m_live), 0600);

    const QStringList aside =
        folderEntries(m_dir.path()).filter(QStringLiteral("clinic.sqlite.unusable-"));
    ASSERT_EQ(aside.size(), 1) << aside.join(u' ').toStdString();
    EXPECT_EQ(fileSha256(m_dir.filePath(aside.constFirst())), m_junk)
        << "the unusable file is kept, byte for byte";
}

TEST_F(DatabaseRecoveryDialogTest, ADamagedBackupIsRefusedAndNothingMoves)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad-backup.sqlite"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x01'));
    f.close();
    const QStringList before = folderEntries(m_dir.path());

    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    const Status st = dialog.restoreBackup(bad);
    ASSERT_FALSE(st);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("cannot be used")))
        << dialog.messageText().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(folderEntries(m_dir.path()), before);
    EXPECT_EQ(fileSha256(m_live), m_junk);
}

TEST_F(DatabaseRecoveryDialogTest, OpeningAnotherFileCreatesNothingWhereThereIsNone)
{
    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/none.sqlite"));
    ASSERT_FALSE(dialog.openExisting(missing));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    EXPECT_NE(dialog.messageText(), m_error.message) << "the new failure is shown";

    ASSERT_TRUE(dialog.openExisting(m_backup));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto store = dialog.takeStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(patientCount(store->db()), 1);
}

TEST_F(DatabaseRecoveryDialogTest, CreatingNewNeverOverwritesAFileWithData)
{
    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    ASSERT_FALSE(dialog.createNew(m_live));
    EXPECT_EQ(fileSha256(m_live), m_junk);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("already exists")));

    const QString fresh = m_dir.filePath(QStringLiteral("new/fresh.sqlite"));
    ASSERT_TRUE(dialog.createNew(fresh)) << dialog.messageText().toStdString();
    auto store = dialog.takeStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(patientCount(store->db()), 0);
    EXPECT_EQ(modeOf(fresh), 0600);
}

TEST_F(DatabaseRecoveryDialogTest, TheStartUpCheckFindsAGarbagePageAtMostOnceADay)
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("daily.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(path));
        ASSERT_TRUE(db);
        Workspace ws(std::move(*db), m_clock);
        for (int i = 0; i < 300; ++i) {
            Patient p;
            p.givenName = QStringLiteral("Pat");
            p.familyName = QStringLiteral("Family%1").arg(i);
            p.dateOfBirth = QDate(1970, 1, 1);
            p.notes = QString(300, u'n');
            ASSERT_TRUE(PatientRepository(ws).add(p));
        }
        ASSERT_TRUE(ws.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QDate today(2026, 3, 15);
    {
        auto store = StoreOpening::existingForDesk(DatabaseLocation::sqliteFile(path), m_clock);
        ASSERT_TRUE(store);
        EXPECT_FALSE(StoreOpening::startupCheck(**store, today));
    }
    const qint64 size = QFileInfo(path).size();
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek((size / 4096 / 2) * 4096);
        f.write(QByteArray(4096, '\xA5'));
    }
    auto store = StoreOpening::existingForDesk(DatabaseLocation::sqliteFile(path), m_clock);
    ASSERT_TRUE(store) << "opening alone does not notice the page";
    EXPECT_FALSE(StoreOpening::startupCheck(**store, today)) << "checked once today";
    const auto damage = StoreOpening::startupCheck(**store, today.addDays(1));
    ASSERT_TRUE(damage);
    EXPECT_EQ(damage->kind(), ErrorKind::Damaged);
    EXPECT_TRUE(StoreOpening::startupCheck(**store, today.addDays(1)))
        << "a damaged store is checked again at every start";
}

TEST_F(DatabaseRecoveryDialogTest, TheMostRecentBackupBesideTheDatabaseIsNamed)
{
    EXPECT_TRUE(StoreOpening::newestBackup(m_live).isEmpty())
        << "a file of another name is not taken for a backup";
    const QString older = m_live + QStringLiteral(".schema1-20260301-090000.bak");
    const QString newer = m_dir.filePath(QStringLiteral("gradus-backup-2026-03-14.sqlite"));
    ASSERT_TRUE(QFile::copy(m_backup, older));
    ASSERT_TRUE(QFile::copy(m_backup, newer));
    for (const auto& [path, when] :
         {std::pair{older, QDateTime(QDate(2026, 3, 1), QTime(9, 0))},
          std::pair{newer, QDateTime(QDate(2026, 3, 14), QTime(18, 0))}}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(when, QFileDevice::FileModificationTime));
    }
    EXPECT_EQ(StoreOpening::newestBackup(m_live), QFileInfo(newer).absoluteFilePath());

    DatabaseRecoveryDialog dialog(DatabaseLocation::sqliteFile(m_live), m_error, m_clock);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("newestBackup"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("gradus-backup-2026-03-14.sqlite")));
    const QString shots = qEnvironmentVariable("GRADUS_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("recovery-dialog-backup.png")));
    }
    ASSERT_TRUE(dialog.restoreBackup(StoreOpening::newestBackup(m_live)));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}
