// RFC 5545 text: escaping (3.3.11) and folding at 75 octets without splitting UTF-8 (3.1).
#include "exchange/IcsWriter.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

// RFC 5545 unfolding: remove every CRLF followed by one space.
QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "");
}

} // namespace

TEST(IcsWriterTest, EscapesText)
{
    EXPECT_EQ(IcsWriter::escape(QStringLiteral("a;b,c\\d\ne")),
              QStringLiteral("a\\;b\\,c\\\\d\\ne"));
    EXPECT_EQ(IcsWriter::escape(QStringLiteral("line\r\nnext")), QStringLiteral("line\\nnext"));
    EXPECT_EQ(IcsWriter::escape(QStringLiteral("tab\x01")), QStringLiteral("tab"));
}

TEST(IcsWriterTest, ShortLinesAreNotFolded)
{
    EXPECT_EQ(IcsWriter::fold(QStringLiteral("VERSION:2.0")), QByteArray("VERSION:2.0\r\n"));
    const QString exactly75(75, u'x');
    EXPECT_EQ(IcsWriter::fold(exactly75), exactly75.toUtf8() + "\r\n");
}

TEST(IcsWriterTest, FoldsAt75OctetsWithoutSplittingCharacters)
{
    // Two-, three- and four-byte characters at every offset around the fold.
    for (const QString& unit :
         {QStringLiteral("ü"), QStringLiteral("€"), QStringLiteral("😀"), QStringLiteral("a")}) {
        for (int prefix = 60; prefix < 80; ++prefix) {
            QString line = QStringLiteral("DESCRIPTION:") + QString(prefix - 12, u'x');
            for (int i = 0; i < 40; ++i)
                line += unit;
            const QByteArray folded = IcsWriter::fold(line);
            ASSERT_TRUE(folded.endsWith("\r\n"));
            const QList<QByteArray> physical = folded.chopped(2).split('\n');
            for (qsizetype i = 0; i < physical.size(); ++i) {
                QByteArray l = physical.at(i);
                if (l.endsWith('\r'))
                    l.chop(1);
                EXPECT_LE(l.size(), 75) << "line " << i;
                if (i > 0) {
                    EXPECT_TRUE(l.startsWith(' '));
                }
                // Every physical line is valid UTF-8 on its own: no character was cut.
                const QString decoded = QString::fromUtf8(l);
                EXPECT_FALSE(decoded.contains(QChar::ReplacementCharacter)) << l.toStdString();
            }
            EXPECT_EQ(QString::fromUtf8(unfold(folded).chopped(2)), line);
        }
    }
}

TEST(IcsWriterTest, DatesAndTimes)
{
    EXPECT_EQ(IcsWriter::utc(QDateTime(QDate(2026, 11, 21), QTime(10, 5, 7), Qt::UTC)),
              QStringLiteral("20261121T100507Z"));
    EXPECT_EQ(IcsWriter::floating(QDate(2026, 11, 23), 9), QStringLiteral("20261123T090000"));
    EXPECT_EQ(IcsWriter::floating(QDate(2026, 11, 23), 18, 30), QStringLiteral("20261123T183000"));
    EXPECT_EQ(IcsWriter::date(QDate(2027, 1, 2)), QStringLiteral("20270102"));
}
