#include "storage/ServerStatement.h"

#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

using namespace gradus;

namespace {

QString tag(const QVariant& v)
{
    return QStringLiteral("<%1>").arg(v.toString());
}

} // namespace

TEST(ServerStatementTest, PutsTheValuesInPlaceOfThePlaceholdersInOrder)
{
    EXPECT_EQ(ServerStatement::withValues(QStringLiteral("SELECT a FROM t WHERE b = ? AND c = ?"),
                                          {1, QStringLiteral("x")}, tag),
              QStringLiteral("SELECT a FROM t WHERE b = <1> AND c = <x>"));
    EXPECT_EQ(ServerStatement::withValues(QStringLiteral("SELECT 1"), {}, tag),
              QStringLiteral("SELECT 1"));
}

TEST(ServerStatementTest, LeavesQuestionMarksInQuotesAndCommentsAlone)
{
    EXPECT_EQ(
        ServerStatement::withValues(
            QStringLiteral("SELECT '?', 'it''s ?', \"a?\" -- why?\n FROM t /* ? */ WHERE x = ?"),
            {7}, tag),
        QStringLiteral("SELECT '?', 'it''s ?', \"a?\" -- why?\n FROM t /* ? */ WHERE x = <7>"));
}

TEST(ServerStatementTest, RefusesWhenPlaceholdersAndValuesDoNotPairUp)
{
    EXPECT_FALSE(ServerStatement::withValues(QStringLiteral("SELECT ?"), {}, tag));
    EXPECT_FALSE(ServerStatement::withValues(QStringLiteral("SELECT ?"), {1, 2}, tag));
    EXPECT_FALSE(ServerStatement::withValues(QStringLiteral("SELECT 'unclosed ?"), {1}, tag));
}

// On the server, every awkward value comes back as it went in, and hostile text stays text.
TEST(ServerStatementTest, ValuesRoundTripThroughARealServerAsBoundOnesDo)
{
    test::TestStore store(SqlBackend::Postgres);
    GRADUS_REQUIRE_STORE(store);
    auto db = store.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->runStatement(QStringLiteral(
        "CREATE TABLE probe (id integer, t text, n bigint, d date, ts timestamptz, b bytea, "
        "f double precision, flag boolean)")));
    const QString hostile =
        QStringLiteral("O'Brien\\'; DROP TABLE probe; -- ? $1 \"q\" \u00e9\U0001F600 \t\n");
    const QByteArray bytes("\x00\x01'\\\xff", 5);
    const QDateTime when(QDate(2026, 12, 4), QTime(23, 5, 7, 123), Qt::UTC);
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO probe VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {1, hostile, qint64(9007199254740993LL), QDate(1950, 7, 19), when, bytes,
                          0.1 + 0.2, true}));
    ASSERT_TRUE(db->exec(
        QStringLiteral("INSERT INTO probe VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {2, QString(), QVariant(), QDate(), QDateTime(), QByteArray(), QVariant(), false}));
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO probe (id, t) VALUES (?, ?)"),
                         {3, QStringLiteral("")}));

    auto q = db->exec(QStringLiteral("SELECT id, t, n, d, ts, b, f, flag FROM probe WHERE id = ? "
                                     "OR t = ? ORDER BY id"),
                      {1, QStringLiteral("")});
    ASSERT_TRUE(q);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(1).toString(), hostile);
    EXPECT_EQ(q->value(2).toLongLong(), 9007199254740993LL);
    EXPECT_EQ(q->value(3).toDate(), QDate(1950, 7, 19));
    EXPECT_EQ(q->value(4).toDateTime().toUTC(), when);
    EXPECT_EQ(q->value(5).toByteArray(), bytes);
    EXPECT_DOUBLE_EQ(q->value(6).toDouble(), 0.1 + 0.2);
    EXPECT_TRUE(q->value(7).toBool());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toInt(), 3);
    EXPECT_TRUE(q->value(1).toString().isEmpty());
    EXPECT_FALSE(q->value(1).isNull()) << "an empty text is not NULL";
    EXPECT_FALSE(q->next());

    // The null values went in as NULL.
    auto nulls = db->exec(QStringLiteral("SELECT count(*) FROM probe WHERE id = ? AND t IS NULL "
                                         "AND n IS NULL AND d IS NULL AND ts IS NULL AND b IS "
                                         "NULL AND f IS NULL AND NOT flag"),
                          {2});
    ASSERT_TRUE(nulls && nulls->next());
    EXPECT_EQ(nulls->value(0).toInt(), 1);
    // The hostile text did nothing but be stored.
    auto count = db->exec(QStringLiteral("SELECT count(*) FROM probe"));
    ASSERT_TRUE(count && count->next());
    EXPECT_EQ(count->value(0).toInt(), 3);
}
