#include "util/PrivateFile.h"

#include "support/FileFaults.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gradus;
using namespace gradus::test;

namespace {

class PrivateFileTest : public testing::Test
{
protected:
    void SetUp() override { m_oldMask = ::umask(022); }
    void TearDown() override
    {
        ::umask(m_oldMask);
        setMode(m_dir.path(), 0700);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    mode_t m_oldMask = 0;
};

} // namespace

TEST_F(PrivateFileTest, NewFileIsOwnerOnlyAndComplete)
{
    const QString target = path(QStringLiteral("export.csv"));
    ASSERT_TRUE(PrivateFile::write(target, QByteArray("a,b\n1,2\n")));
    EXPECT_EQ(modeOf(target), 0600) << "0600 although the umask would allow 0644";
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("a,b\n1,2\n"));
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("export.csv")});
}

TEST_F(PrivateFileTest, TheTemporaryFileIsOwnerOnlyFromItsFirstByte)
{
    PrivateFile file(path(QStringLiteral("handout.pdf")));
    ASSERT_TRUE(file.open());
    EXPECT_EQ(modeOf(file.temporaryPath()), 0600);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("handout.pdf"))))
        << "nothing at the target until commit";
    file.device()->write("%PDF-1.4");
    ASSERT_TRUE(file.commit());
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("handout.pdf")});
}

TEST_F(PrivateFileTest, ReplacingKeepsTheUsersPermissions)
{
    const QString target = path(QStringLiteral("shared.csv"));
    ASSERT_TRUE(PrivateFile::write(target, "old"));
    ASSERT_TRUE(setMode(target, 0640));
    ASSERT_TRUE(PrivateFile::write(target, "new"));
    EXPECT_EQ(modeOf(target), 0640);
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("new"));
}

TEST_F(PrivateFileTest, RefusesToReplaceWhenAskedTo)
{
    const QString target = path(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(PrivateFile::write(target, "first"));
    auto again = PrivateFile::write(target, "second", PrivateFile::Existing::Refuse);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("file.exists"));
    EXPECT_EQ(fileSha256(target), QCryptographicHash::hash("first", QCryptographicHash::Sha256));
}

TEST_F(PrivateFileTest, AReadOnlyFileIsNotReplaced)
{
    const QString target = path(QStringLiteral("kept.csv"));
    ASSERT_TRUE(PrivateFile::write(target, "kept"));
    ASSERT_TRUE(setMode(target, 0444));
    auto st = PrivateFile::write(target, "overwritten");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::ReadOnly);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(modeOf(target), 0444);
    EXPECT_EQ(fileSha256(target), QCryptographicHash::hash("kept", QCryptographicHash::Sha256));
}

TEST_F(PrivateFileTest, AReadOnlyFolderGetsNothing)
{
    ASSERT_TRUE(setMode(m_dir.path(), 0555));
    auto st = PrivateFile::write(path(QStringLiteral("x.csv")), "x");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::ReadOnly);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(folderEntries(m_dir.path()).isEmpty());
    EXPECT_EQ(modeOf(m_dir.path()), 0555);
}

TEST_F(PrivateFileTest, AFailedWriteLeavesNoPartialFileAndNamesTheCause)
{
    const QString target = path(QStringLiteral("big.csv"));
    const QByteArray bytes(512 * 1024, 'x');
    Status st;
    {
        FileSizeLimit limit(100 * 1024);
        st = PrivateFile::write(target, bytes);
    }
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind(), ErrorKind::DiskFull);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("disk is full")))
        << st.error().message.toStdString();
    EXPECT_TRUE(folderEntries(m_dir.path()).isEmpty()) << "no partial file, no temporary file";
}

TEST_F(PrivateFileTest, AFailureKeepsTheOldFileWhole)
{
    const QString target = path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(PrivateFile::write(target, "the old report"));
    Status st;
    {
        FileSizeLimit limit(64 * 1024);
        st = PrivateFile::write(target, QByteArray(256 * 1024, 'n'));
    }
    ASSERT_FALSE(st);
    EXPECT_EQ(fileSha256(target),
              QCryptographicHash::hash("the old report", QCryptographicHash::Sha256));
    EXPECT_EQ(folderEntries(m_dir.path()), QStringList{QStringLiteral("report.pdf")});
}

TEST_F(PrivateFileTest, CancelledOrAbandonedWritesLeaveNothing)
{
    {
        PrivateFile file(path(QStringLiteral("a.csv")));
        ASSERT_TRUE(file.open());
        file.device()->write("half");
    }
    PrivateFile file(path(QStringLiteral("b.csv")));
    ASSERT_TRUE(file.open());
    file.device()->write("half");
    file.cancel();
    EXPECT_TRUE(folderEntries(m_dir.path()).isEmpty());
}

TEST_F(PrivateFileTest, AMissingFolderIsNamed)
{
    auto st = PrivateFile::write(path(QStringLiteral("no/such/folder/x.csv")), "x");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("file.nofolder"));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));
}
