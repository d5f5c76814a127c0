// Files with patient data: atomic, owner-only from the start, never replacing without asking.
#include "util/PrivateFile.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gradus;

TEST(PrivateFileTest, WritesOwnerOnlyAndRefusesToReplace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    const mode_t previous = ::umask(0022);
    ASSERT_TRUE(PrivateFile::write(path, "first"));
    ::umask(previous);
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    auto again = PrivateFile::write(path, "second");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("file.exists"));
    EXPECT_EQ(again.error().kind(), ErrorKind::Refused);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("first"));
    f.close();

    // A file that was world-readable becomes owner-only when replaced.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadOther | QFileDevice::ReadGroup);
    ASSERT_TRUE(PrivateFile::write(path, "second", PrivateFile::Existing::Replace));
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("second"));
}

TEST(PrivateFileTest, AMissingFolderIsAnError)
{
    QTemporaryDir dir;
    auto st = PrivateFile::write(dir.filePath(QStringLiteral("no/such/folder/x.csv")), "x");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("file.write"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("no/such/folder")));
}
