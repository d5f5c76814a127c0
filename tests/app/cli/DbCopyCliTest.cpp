// gradus-cli db copy: a clinic moved from a SQLite file to an empty server database and back to a
// new SQLite file arrives whole (every table's rows equal, pictures byte for byte, the history
// without a second entry per copied row), and a target that holds records is refused untouched.
#include "support/CliRunner.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

using gradus::SqlBackend;
using gradus::test::CliRun;
using gradus::test::CliRunner;
using gradus::test::TestStore;

// Enough disk for the new file's schema, not for the clinic's rows.
constexpr qint64 kFullDiskBudget = 1000000;

// Every row of every clinic table of a SQLite file, as text, in id order; blobs as hex.
QMap<QString, QStringList> contentOf(const QString& path)
{
    QMap<QString, QStringList> content;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery tables(db);
        EXPECT_TRUE(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('schema_meta', 'audit_context') ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
            QStringList rows;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    values << (v.isNull() ? QStringLiteral("NULL")
                               : v.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(v.toByteArray().toHex())
                                   : v.toString());
                }
                rows << values.join(u'|');
            }
            content.insert(table, rows);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class DbCopyCliTest : public testing::Test
{
protected:
    DbCopyCliTest() : server(SqlBackend::Postgres) {}

    void SetUp() override
    {
        GRADUS_REQUIRE_STORE(server);
        sourcePath = dir.filePath(QStringLiteral("clinic.sqlite"));
        backPath = dir.filePath(QStringLiteral("moved-back.sqlite"));
        source = std::make_unique<CliRunner>(sourcePath);
        ok(*source, {u"demo"_qs, u"--patients"_qs, u"12"_qs});
        // History and pictures beyond what the demo makes: a visit with an amendment (a second
        // revision), a measure, a programme, and a picture with every byte value in it.
        const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const QString visit =
            ok(*source, {u"visit"_qs, u"add"_qs, u"1"_qs, u"--date"_qs, day, u"--pain"_qs, u"6"_qs})
                .out.trimmed();
        ok(*source, {u"visit"_qs, u"amend"_qs, visit, u"--pain"_qs, u"5"_qs, u"--reason"_qs,
                     u"misheard"_qs});
        ok(*source, {u"measure"_qs, u"add"_qs, u"1"_qs, u"--type"_qs, u"psfs"_qs, u"--answers"_qs,
                     u"3,4,2"_qs, u"--activities"_qs, u"Sitting;Lifting;Walking"_qs});
        const QString programme =
            ok(*source, {u"programme"_qs, u"create"_qs, u"1"_qs, u"--name"_qs, u"Core"_qs})
                .out.trimmed();
        ok(*source, {u"programme"_qs, u"add"_qs, programme, u"bird_dog"_qs, u"--sets"_qs, u"2"_qs,
                     u"--reps"_qs, u"8"_qs, u"--days-per-week"_qs, u"3"_qs});
        for (int i = 0; i < 256; ++i)
            picture.append(char(i));
        picture.append(QByteArray(3000, '\0'));
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(sourcePath);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE exercise SET image = ? WHERE id = (SELECT min(id) "
                                     "FROM exercise)"));
            q.addBindValue(picture);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    CliRun ok(const CliRunner& cli, const QStringList& args)
    {
        const CliRun r = cli.run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }

    QJsonObject copyJson(const CliRunner& cli, const QString& to)
    {
        const CliRun r = ok(cli, {u"db"_qs, u"copy"_qs, u"--to"_qs, to, u"--json"_qs});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonObject infoRecords(const CliRunner& cli)
    {
        const CliRun r = ok(cli, {u"db"_qs, u"info"_qs, u"--json"_qs});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"records"_qs).toObject();
    }

    TestStore server;
    QTemporaryDir dir;
    QString sourcePath;
    QString backPath;
    std::unique_ptr<CliRunner> source;
    QByteArray picture;
};

TEST_F(DbCopyCliTest, AClinicMovesToAServerAndBackWhole)
{
    const QString url = CliRunner::argumentFor(server.location());
    const QMap<QString, QStringList> before = contentOf(sourcePath);
    ASSERT_FALSE(before.value(u"visit_revision"_qs).isEmpty());
    ASSERT_FALSE(before.value(u"audit_log"_qs).isEmpty());
    const QJsonObject sourceCounts = infoRecords(*source);

    const QJsonObject toServer = copyJson(*source, url);
    EXPECT_EQ(toServer.value(u"backend"_qs).toString(), u"postgresql"_qs);
    const QJsonObject serverTables = toServer.value(u"tables"_qs).toObject();
    ASSERT_FALSE(serverTables.isEmpty());
    qint64 total = 0;
    for (auto it = before.begin(); it != before.end(); ++it) {
        EXPECT_EQ(serverTables.value(it.key()).toInteger(-1), it.value().size())
            << it.key().toStdString();
        total += it.value().size();
    }
    EXPECT_EQ(toServer.value(u"rows"_qs).toInteger(), total);

    // The server's own count agrees, and no copied row was logged a second time.
    const CliRunner onServer(url);
    const QJsonObject serverCounts = infoRecords(onServer);
    EXPECT_EQ(serverCounts.value(u"audit_log"_qs), sourceCounts.value(u"audit_log"_qs));
    EXPECT_EQ(serverCounts.value(u"patient"_qs), sourceCounts.value(u"patient"_qs));
    EXPECT_EQ(ok(onServer, {u"db"_qs, u"check"_qs}).exitCode, 0);

    const QJsonObject back = copyJson(onServer, backPath);
    EXPECT_EQ(back.value(u"backend"_qs).toString(), u"sqlite"_qs);
    EXPECT_EQ(back.value(u"rows"_qs).toInteger(), total);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFile::permissions(backPath) & others, QFile::Permissions()) << "owner only";

    // Every row of every table is the same after the round trip, pictures byte for byte.
    const QMap<QString, QStringList> after = contentOf(backPath);
    EXPECT_EQ(after.keys(), before.keys());
    for (auto it = before.begin(); it != before.end(); ++it)
        EXPECT_EQ(after.value(it.key()), it.value()) << "table " << it.key().toStdString();
    EXPECT_TRUE(
        after.value(u"exercise"_qs).join(u'\n').contains(QString::fromLatin1(picture.toHex())));

    // Both copies are live clinics: new records get fresh ids past the copied ones, and the
    // trail records them (once).
    const QString newOnServer =
        ok(onServer, {u"patient"_qs, u"add"_qs, u"--given"_qs, u"Ola"_qs, u"--family"_qs,
                      u"Fictional"_qs, u"--dob"_qs, u"1990-01-02"_qs})
            .out.trimmed();
    EXPECT_GT(newOnServer.toLongLong(), before.value(u"patient"_qs).size());
    const QJsonObject serverAfter = infoRecords(onServer);
    EXPECT_GT(serverAfter.value(u"audit_log"_qs).toInteger(),
              sourceCounts.value(u"audit_log"_qs).toInteger());
    const CliRunner movedBack(backPath);
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const QString newInFile =
        ok(movedBack, {u"visit"_qs, u"add"_qs, u"1"_qs, u"--date"_qs, day, u"--pain"_qs, u"3"_qs})
            .out.trimmed();
    EXPECT_GT(newInFile.toLongLong(), before.value(u"visit"_qs).size());
}

TEST_F(DbCopyCliTest, ATargetThatHoldsRecordsIsRefusedAndLeftAsItWas)
{
    const QString url = CliRunner::argumentFor(server.location());
    ok(*source, {u"db"_qs, u"copy"_qs, u"--to"_qs, url});
    const CliRunner onServer(url);
    const QJsonObject serverBefore = infoRecords(onServer);

    // A second copy into the same database: refused, nothing written.
    const CliRun again = source->run({u"db"_qs, u"copy"_qs, u"--to"_qs, url});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"not empty"_qs)) << again.err.toStdString();
    EXPECT_EQ(infoRecords(onServer), serverBefore);

    // An existing file, even another clinic's: refused, its bytes unchanged.
    const QString other = dir.filePath(u"other.sqlite"_qs);
    const CliRunner otherClinic(other);
    ok(otherClinic, {u"demo"_qs, u"--patients"_qs, u"2"_qs});
    const QByteArray otherBytes = fileBytes(other);
    const CliRun ontoFile = onServer.run({u"db"_qs, u"copy"_qs, u"--to"_qs, other});
    EXPECT_EQ(ontoFile.exitCode, 1);
    EXPECT_TRUE(ontoFile.err.contains(u"already exists"_qs)) << ontoFile.err.toStdString();
    EXPECT_EQ(fileBytes(other), otherBytes);

    // Onto itself: refused as a usage error.
    const CliRun self = source->run({u"db"_qs, u"copy"_qs, u"--to"_qs, sourcePath});
    EXPECT_NE(self.exitCode, 0);
}

TEST_F(DbCopyCliTest, ACopyThatFailsHalfwayLeavesTheTargetEmpty)
{
    // The server refuses visits halfway through the copy (after the patients went in).
    const QString url = CliRunner::argumentFor(server.location());
    // The schema only (a first gradus-cli command would also load the exercise library, and
    // the database would no longer be empty).
    ASSERT_TRUE(server.open());
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const auto at = server.location();
        db.setHostName(at.host);
        db.setPort(at.port);
        db.setUserName(at.user);
        db.setDatabaseName(at.databaseName);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE visit ADD CONSTRAINT test_no_visits CHECK "
                                          "(id < 0) NOT VALID")))
            << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const CliRun failed = source->run({u"db"_qs, u"copy"_qs, u"--to"_qs, url});
    EXPECT_NE(failed.exitCode, 0);
    EXPECT_TRUE(failed.err.contains(u"test_no_visits"_qs)) << failed.err.toStdString();
    // Read without gradus-cli, which would load the exercise library into it.
    auto target = server.open();
    ASSERT_TRUE(target);
    auto counts = target->recordCounts();
    ASSERT_TRUE(counts);
    ASSERT_GT(counts->size(), 15);
    for (const auto& [table, n] : *counts) {
        if (table != u"audit_context"_qs) {
            EXPECT_EQ(n, 0) << table.toStdString();
        }
    }

    // A full disk while the new file is written: no file, and no temporary one, is left.
    const QString full = dir.filePath(u"full"_qs);
    ASSERT_TRUE(QDir().mkpath(full));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_PRELOAD"_qs, QStringLiteral(GRADUS_ENOSPC_SHIM));
    env.insert(u"GRADUS_ENOSPC_DIR"_qs, full);
    env.insert(u"GRADUS_ENOSPC_BUDGET"_qs, QString::number(kFullDiskBudget));
    env.remove(u"GRADUS_DATABASE"_qs);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRADUS_CLI_PATH),
                  {u"--database"_qs, sourcePath, u"db"_qs, u"copy"_qs, u"--to"_qs,
                   full + u"/copy.sqlite"_qs});
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 3) << err.toStdString();
    EXPECT_TRUE(err.contains(u"full"_qs)) << err.toStdString();
    EXPECT_TRUE(
        QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty())
        << QDir(full)
               .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)
               .join(u' ')
               .toStdString();
}

} // namespace
