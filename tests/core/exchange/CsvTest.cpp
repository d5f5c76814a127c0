// RFC 4180 CSV: every field quoted, quotes doubled, CRLF records; and reading it back.
#include "exchange/Csv.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace gradus;

TEST(CsvTest, QuotesEveryFieldAndDoublesQuotes)
{
    EXPECT_EQ(Csv::field(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    EXPECT_EQ(Csv::field(QString()), QStringLiteral("\"\""));
    EXPECT_EQ(Csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(Csv::record({QStringLiteral("a,b"), QStringLiteral("1")}),
              QStringLiteral("\"a,b\",\"1\"\r\n"));
}

TEST(CsvTest, ReadsBackWhatItWrote)
{
    const QStringList header{QStringLiteral("id"), QStringLiteral("text")};
    const QList<QStringList> rows{
        {QStringLiteral("1"), QStringLiteral("Walking the dog, \"Rex\"")},
        {QStringLiteral("2"), QStringLiteral("two\nlines; and a comma,")},
        {QStringLiteral("3"), QStringLiteral("Zoë Müller – ünïcode")},
        {QStringLiteral("4"), QString()},
    };
    const QByteArray bytes = Csv::table(header, rows);
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    const QList<QStringList> back = Csv::parse(bytes);
    ASSERT_EQ(back.size(), 5);
    EXPECT_EQ(back.at(0), header);
    for (int i = 0; i < rows.size(); ++i)
        EXPECT_EQ(back.at(i + 1), rows.at(i)) << i;
}
