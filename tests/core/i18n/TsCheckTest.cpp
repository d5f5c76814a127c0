// The .ts completeness check behind ctest's i18n.ts_complete (tests/translations/TsCheck).
#include "translations/TsCheck.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace gradus;

namespace {

QString writeTs(const QTemporaryDir& dir, const QByteArray& messages)
{
    const QString path = dir.filePath(u"gradus_xx.ts"_qs);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
               "<TS version=\"2.1\" language=\"de\" sourcelanguage=\"en\">\n"
               "<context>\n    <name>Ctx</name>\n" +
               messages + "</context>\n</TS>\n");
    return path;
}

const QByteArray kDone = "<message><source>Done</source><translation>Fertig</translation></message>"
                         "<message numerus=\"yes\"><source>%n day(s)</source><translation>"
                         "<numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform>"
                         "</translation></message>";

} // namespace

TEST(TsCheckTest, ACompleteFileHasNoProblems)
{
    QTemporaryDir dir;
    EXPECT_TRUE(test::tsProblems(writeTs(dir, kDone)).isEmpty());
}

TEST(TsCheckTest, NamesUnfinishedVanishedObsoleteAndEmptyEntries)
{
    QTemporaryDir dir;
    const QStringList problems = test::tsProblems(writeTs(
        dir, kDone +
                 "<message><source>Open</source><translation type=\"unfinished\"></translation>"
                 "</message>"
                 "<message><source>Gone</source><translation type=\"vanished\">Weg</translation>"
                 "</message>"
                 "<message><source>Old</source><translation type=\"obsolete\">Alt</translation>"
                 "</message>"
                 "<message><source>Blank</source><translation></translation></message>"
                 "<message numerus=\"yes\"><source>%n week(s)</source><translation>"
                 "<numerusform>%n Woche</numerusform><numerusform></numerusform>"
                 "</translation></message>"));
    ASSERT_EQ(problems.size(), 5) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems[0].contains(u"Ctx: \"Open\": unfinished"_qs)) << problems[0].toStdString();
    EXPECT_TRUE(problems[1].contains(u"\"Gone\": vanished"_qs));
    EXPECT_TRUE(problems[2].contains(u"\"Old\": obsolete"_qs));
    EXPECT_TRUE(problems[3].contains(u"\"Blank\": empty translation"_qs));
    EXPECT_TRUE(problems[4].contains(u"\"%n week(s)\": empty translation"_qs));
}

TEST(TsCheckTest, AnUnreadableOrEmptyFileIsAProblem)
{
    QTemporaryDir dir;
    EXPECT_FALSE(test::tsProblems(dir.filePath(u"missing.ts"_qs)).isEmpty());
    EXPECT_FALSE(test::tsProblems(writeTs(dir, "")).isEmpty());
    EXPECT_FALSE(test::tsProblems(writeTs(dir, "<message><source>x</source>")).isEmpty());
}

// English holds only plural forms, all filled in; lupdate -pluralonly leaves new ones
// unfinished until someone writes "1 minute" and "2 minutes".
TEST(TsCheckTest, TheEnglishPluralFormsAreComplete)
{
    const QStringList problems =
        test::tsProblems(QStringLiteral(GRADUS_SOURCE_DIR "/translations/gradus_en.ts"));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}
