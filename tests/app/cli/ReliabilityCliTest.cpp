// gradus-cli when things go wrong: nothing created by reading, an exit status per kind of
// failure, a full disk named and leaving nothing half-written, files that hold patient data
// owner-only, and user text that cannot drive the terminal.
#include "storage/Database.h"
#include "support/CliProcess.h"
#include "support/FileFaults.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gradus;
using namespace gradus::test;

namespace {

class ReliabilityCliTest : public testing::Test
{
protected:
    CliResult cli(const QStringList& args, const QProcessEnvironment& extra = {})
    {
        return runCli(args, m_dir.filePath(QStringLiteral("data")), extra);
    }
    // Runs against `db`.
    CliResult on(const QString& db, const QStringList& args, const QProcessEnvironment& extra = {})
    {
        return cli(QStringList{QStringLiteral("--database"), db} + args, extra);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A fictional clinic with patients, visits and measures.
    QString demoClinic(const QString& name, int patients = 12)
    {
        const QString db = path(name);
        auto made = on(
            db, {QStringLiteral("demo"), QStringLiteral("--patients"), QString::number(patients)});
        EXPECT_EQ(made.exitCode, 0) << made.errText().toStdString();
        return db;
    }
    qint64 patientCount(const QString& db)
    {
        auto list = on(db, {QStringLiteral("patient"), QStringLiteral("list"),
                            QStringLiteral("--archived"), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << list.errText().toStdString();
        return QJsonDocument::fromJson(list.out).array().size();
    }
    static QProcessEnvironment diskFull(const QString& folder)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(GRADUS_ENOSPC_SHIM));
        env.insert(QStringLiteral("GRADUS_ENOSPC_DIR"), folder);
        return env;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReliabilityCliTest, ReadingCommandsOnAMissingDatabaseCreateNothing)
{
    const QString db = path(QStringLiteral("clinic/sub/x.sqlite"));
    const QList<QStringList> reads = {
        {QStringLiteral("patient"), QStringLiteral("list")},
        {QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("db"), QStringLiteral("info")},
        {QStringLiteral("db"), QStringLiteral("check")},
        {QStringLiteral("db"), QStringLiteral("backup"), path(QStringLiteral("copy.sqlite"))},
        {QStringLiteral("visit"), QStringLiteral("list"), QStringLiteral("1")},
        {QStringLiteral("measure"), QStringLiteral("list"), QStringLiteral("1")},
        {QStringLiteral("exercise"), QStringLiteral("list")},
        {QStringLiteral("programme"), QStringLiteral("list"), QStringLiteral("1")},
        {QStringLiteral("screen"), QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("condition"), QStringLiteral("list"), QStringLiteral("1")},
        {QStringLiteral("pacing"), QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"),
         path(QStringLiteral("out.csv"))},
        // Commands that change records that would have to exist first create nothing either.
        {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
         QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--pain"),
         QStringLiteral("3")},
        {QStringLiteral("programme"), QStringLiteral("create"), QStringLiteral("1"),
         QStringLiteral("--name"), QStringLiteral("Back on track")},
    };
    for (const QStringList& args : reads) {
        auto r = on(db, args);
        EXPECT_EQ(r.exitCode, 5) << args.join(u' ').toStdString() << ": "
                                 << r.errText().toStdString();
        EXPECT_TRUE(r.errText().contains(QStringLiteral("There is no database at")))
            << r.errText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("clinic"))))
            << args.join(u' ').toStdString() << " created a folder";
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("copy.sqlite"))));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out.csv"))));

    // Adding the first patient starts the database.
    auto added =
        on(db, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                QStringLiteral("Ada"), QStringLiteral("--family"), QStringLiteral("Byron"),
                QStringLiteral("--dob"), QStringLiteral("1980-01-01"), QStringLiteral("--sex"),
                QStringLiteral("f")});
    EXPECT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(db));
}

TEST_F(ReliabilityCliTest, TheExitStatusSaysWhatKindOfFailureItWas)
{
    // 5: newer, not a database, an empty file, none there.
    const QString newer = path(QStringLiteral("newer.sqlite"));
    ASSERT_EQ(on(newer, {QStringLiteral("db"), QStringLiteral("create")}).exitCode, 0);
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(newer));
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec(QStringLiteral("UPDATE schema_meta SET value = '99' WHERE key = "
                                               "'schema_version'")));
    }
    EXPECT_EQ(on(newer, {QStringLiteral("patient"), QStringLiteral("list")}).exitCode, 5);
    const QString junk = path(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'j'));
    }
    auto notDb = on(junk, {QStringLiteral("db"), QStringLiteral("info")});
    EXPECT_EQ(notDb.exitCode, 5);
    EXPECT_TRUE(notDb.errText().contains(QStringLiteral("not a database")));
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto zero = on(empty, {QStringLiteral("patient"), QStringLiteral("list")});
    EXPECT_EQ(zero.exitCode, 5);
    EXPECT_TRUE(zero.errText().contains(QStringLiteral("empty file")));
    EXPECT_EQ(QFileInfo(empty).size(), 0);

    // 3: a read-only database takes no writes, and keeps its mode and bytes.
    const QString ro = path(QStringLiteral("ro.sqlite"));
    ASSERT_EQ(on(ro, {QStringLiteral("db"), QStringLiteral("create")}).exitCode, 0);
    ASSERT_TRUE(setMode(ro, 0444));
    const QByteArray before = fileSha256(ro);
    auto write = on(ro, {QStringLiteral("patient"), QStringLiteral("add"),
                         QStringLiteral("--given"), QStringLiteral("A"), QStringLiteral("--family"),
                         QStringLiteral("B"), QStringLiteral("--dob"), QStringLiteral("1990-01-01"),
                         QStringLiteral("--sex"), QStringLiteral("m")});
    EXPECT_EQ(write.exitCode, 3);
    EXPECT_TRUE(write.errText().contains(QStringLiteral("read-only")))
        << write.errText().toStdString();
    auto read = on(ro, {QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")});
    EXPECT_EQ(read.exitCode, 0);
    EXPECT_TRUE(
        QJsonDocument::fromJson(read.out).object().value(QStringLiteral("read_only")).toBool());
    EXPECT_EQ(fileSha256(ro), before);
    EXPECT_EQ(modeOf(ro), 0444);

    // 2: an address with an option Gradus does not know.
    EXPECT_EQ(on(QStringLiteral("postgresql://u@127.0.0.1/x?sslmod=require"),
                 {QStringLiteral("db"), QStringLiteral("info")})
                  .exitCode,
              2);
    // 6: a server that is not there, or one that cannot give the TLS the address demands.
    auto away = on(QStringLiteral("postgresql://u@127.0.0.1:1/x?connect_timeout=2"),
                   {QStringLiteral("patient"), QStringLiteral("list")});
    EXPECT_EQ(away.exitCode, 6);
    EXPECT_TRUE(away.errText().contains(QStringLiteral("cannot be reached")));
    const QString server = postgresTestUrl();
    if (!server.isEmpty()) {
        auto tls = on(server + QStringLiteral("?sslmode=require"),
                      {QStringLiteral("db"), QStringLiteral("info")});
        EXPECT_EQ(tls.exitCode, 6) << tls.errText().toStdString();
        EXPECT_TRUE(tls.errText().contains(QStringLiteral("TLS")));
    }
}

TEST_F(ReliabilityCliTest, ALockedDatabaseIsBusyWithExitStatusFour)
{
    const QString db = path(QStringLiteral("locked.sqlite"));
    ASSERT_EQ(on(db, {QStringLiteral("db"), QStringLiteral("create")}).exitCode, 0);
    const QString name = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(db);
        ASSERT_TRUE(holder.open());
        QSqlQuery begin(holder);
        ASSERT_TRUE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto r = on(db, {QStringLiteral("patient"), QStringLiteral("add"),
                         QStringLiteral("--given"), QStringLiteral("A"), QStringLiteral("--family"),
                         QStringLiteral("B"), QStringLiteral("--dob"), QStringLiteral("1990-01-01"),
                         QStringLiteral("--sex"), QStringLiteral("m")});
        EXPECT_EQ(r.exitCode, 4) << r.errText().toStdString();
        EXPECT_TRUE(r.errText().contains(QStringLiteral("busy")));
        // Reading is not blocked by a writer.
        EXPECT_EQ(on(db, {QStringLiteral("patient"), QStringLiteral("list")}).exitCode, 0);
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_EQ(patientCount(db), 0);
}

TEST_F(ReliabilityCliTest, DbCheckFindsAPageOfGarbageThatOpeningDoesNot)
{
    const QString db = demoClinic(QStringLiteral("clinic.sqlite"), 40);
    auto healthy = on(db, {QStringLiteral("db"), QStringLiteral("check")});
    ASSERT_EQ(healthy.exitCode, 0) << healthy.errText().toStdString();
    EXPECT_TRUE(healthy.outText().contains(QStringLiteral("No damage found")));
    const QStringList entries = folderEntries(m_dir.path());

    const qint64 size = QFileInfo(db).size();
    {
        QFile f(db);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek((size / 4096 / 2) * 4096));
        f.write(QByteArray(4096, '\x5A'));
    }
    const QByteArray damaged = fileSha256(db);
    auto check = on(db, {QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 5);
    EXPECT_TRUE(check.errText().contains(QStringLiteral("found damage")))
        << check.errText().toStdString();
    EXPECT_FALSE(check.outText().isEmpty()) << "each problem is listed";
    auto json = on(db, {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 5);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    EXPECT_FALSE(report.value(QStringLiteral("ok")).toBool(true));
    EXPECT_FALSE(report.value(QStringLiteral("problems")).toArray().isEmpty());
    EXPECT_EQ(fileSha256(db), damaged) << "the check repairs nothing";
    EXPECT_EQ(folderEntries(m_dir.path()), entries) << "and leaves nothing beside the file";
}

TEST_F(ReliabilityCliTest, DbCreateMakesADatabaseOnlyWhereNoneIs)
{
    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto made = on(empty, {QStringLiteral("db"), QStringLiteral("create")});
    ASSERT_EQ(made.exitCode, 0) << made.errText().toStdString();
    EXPECT_EQ(on(empty, {QStringLiteral("patient"), QStringLiteral("list")}).exitCode, 0);
    const QByteArray before = fileSha256(empty);
    auto again = on(empty, {QStringLiteral("db"), QStringLiteral("create")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errText().contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileSha256(empty), before);
}

TEST_F(ReliabilityCliTest, TerminalEscapesInNamesCannotDriveTheTerminal)
{
    const QString db = path(QStringLiteral("clinic.sqlite"));
    const QString given = QStringLiteral("Eve\x1b]0;owned\x07");
    const QString family = QStringLiteral("\x1b[2JMallory\r\u009b31m\u202Eevil");
    auto added =
        on(db, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"), given,
                QStringLiteral("--family"), family, QStringLiteral("--dob"),
                QStringLiteral("1980-01-01"), QStringLiteral("--sex"), QStringLiteral("f")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();

    for (const QStringList& args :
         {QStringList{QStringLiteral("patient"), QStringLiteral("list")},
          QStringList{QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--search"),
                      QStringLiteral("\x1b[5mnobody")}}) {
        auto plain = on(db, args);
        for (const QByteArray& output : {plain.out, plain.err}) {
            EXPECT_FALSE(output.contains('\x1b')) << args.join(u' ').toStdString();
            EXPECT_FALSE(output.contains('\r'));
            EXPECT_FALSE(output.contains('\x07'));
            EXPECT_FALSE(output.contains("\xC2\x9B"));
            EXPECT_FALSE(output.contains("\xE2\x80\xAE"));
        }
    }
    auto plain = on(db, {QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_TRUE(plain.outText().contains(QStringLiteral("Eve\\u001B]0;owned\\u0007")))
        << plain.outText().toStdString();

    // JSON keeps the text, escaped as JSON escapes it: a reader gets the name back exactly.
    auto json = on(db, {QStringLiteral("patient"), QStringLiteral("show"), QStringLiteral("1"),
                        QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_FALSE(json.out.contains('\x1b'));
    QJsonParseError error;
    const QJsonObject shown = QJsonDocument::fromJson(json.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    const QJsonObject patient = shown.contains(QStringLiteral("patient"))
                                    ? shown.value(QStringLiteral("patient")).toObject()
                                    : shown;
    EXPECT_EQ(patient.value(QStringLiteral("given")).toString(), given);
    // (Saving a name folds its line breaks into spaces; the escape sequences stay as typed.)
    EXPECT_TRUE(patient.value(QStringLiteral("family"))
                    .toString()
                    .startsWith(QStringLiteral("\x1b[2JMallory")));
}

TEST_F(ReliabilityCliTest, EveryFileThatHoldsPatientDataIsOwnerOnlyFromTheStart)
{
    const mode_t oldMask = ::umask(022); // the usual umask would make new files 0644
    const QString db = demoClinic(QStringLiteral("clinic.sqlite"));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    const QString csv = path(QStringLiteral("outcomes.csv"));
    const QString exercises = path(QStringLiteral("exercises.json"));
    const QString pdf = path(QStringLiteral("handout.pdf"));
    EXPECT_EQ(on(db, {QStringLiteral("db"), QStringLiteral("backup"), backup}).exitCode, 0);
    EXPECT_EQ(
        on(db, {QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"), csv})
            .exitCode,
        0);
    EXPECT_EQ(on(db, {QStringLiteral("exercise"), QStringLiteral("export"), QStringLiteral("--out"),
                      exercises})
                  .exitCode,
              0);
    auto handout = on(db, {QStringLiteral("handout"), QStringLiteral("--patient"),
                           QStringLiteral("1"), QStringLiteral("--exercises"),
                           QStringLiteral("walking"), QStringLiteral("--out"), pdf});
    ::umask(oldMask);
    // The handout may be held back by the demo patient's red-flag screen; then it writes nothing.
    QStringList files = {db, backup, csv, exercises};
    if (handout.exitCode == 0)
        files << pdf;
    else
        EXPECT_FALSE(QFileInfo::exists(pdf));
    const QDir logs(path(QStringLiteral("data/Gradus/Gradus/logs")));
    QStringList logFiles;
    for (const QString& name : logs.entryList(QDir::Files))
        logFiles << logs.filePath(name);
    EXPECT_FALSE(logFiles.isEmpty()) << "gradus-cli writes a log";
    for (const QString& file : files + logFiles) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(modeOf(file), 0600) << file.toStdString();
    }
}

TEST_F(ReliabilityCliTest, AFullDiskIsNamedAndLeavesNothingHalfWritten)
{
    const QString db = demoClinic(QStringLiteral("clinic.sqlite"));
    const qint64 patients = patientCount(db);
    ASSERT_GT(patients, 0);
    const QString out = path(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkpath(out));

    auto backup =
        on(db,
           {QStringLiteral("db"), QStringLiteral("backup"), out + QStringLiteral("/backup.sqlite")},
           diskFull(out));
    EXPECT_EQ(backup.exitCode, 3);
    EXPECT_TRUE(backup.errText().contains(QStringLiteral("disk is full")))
        << backup.errText().toStdString();
    auto csv = on(db,
                  {QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"),
                   out + QStringLiteral("/outcomes.csv")},
                  diskFull(out));
    EXPECT_EQ(csv.exitCode, 3);
    EXPECT_TRUE(csv.errText().contains(QStringLiteral("disk is full")))
        << csv.errText().toStdString();
    auto json = on(db,
                   {QStringLiteral("exercise"), QStringLiteral("export"), QStringLiteral("--out"),
                    out + QStringLiteral("/exercises.json")},
                   diskFull(out));
    EXPECT_EQ(json.exitCode, 3);
    EXPECT_TRUE(folderEntries(out).isEmpty()) << folderEntries(out).join(u' ').toStdString();

    // The database's own disk fills up: the write is refused whole, and the store stays sound.
    auto add = on(db,
                  {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                   QStringLiteral("Full"), QStringLiteral("--family"), QStringLiteral("Disk"),
                   QStringLiteral("--dob"), QStringLiteral("1990-01-01"), QStringLiteral("--sex"),
                   QStringLiteral("m")},
                  diskFull(m_dir.path()));
    EXPECT_EQ(add.exitCode, 3) << add.errText().toStdString();
    EXPECT_TRUE(add.errText().contains(QStringLiteral("disk is full")))
        << add.errText().toStdString();
    EXPECT_EQ(on(db, {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    EXPECT_EQ(patientCount(db), patients);

    // A new database on a full disk: nothing at all is left.
    const QString fresh = out + QStringLiteral("/new.sqlite");
    auto create = on(fresh, {QStringLiteral("db"), QStringLiteral("create")}, diskFull(out));
    EXPECT_EQ(create.exitCode, 3) << create.errText().toStdString();
    EXPECT_TRUE(folderEntries(out).isEmpty()) << folderEntries(out).join(u' ').toStdString();
}

TEST_F(ReliabilityCliTest, VisitAddGivesNoQtWarning)
{
    const QString db = path(QStringLiteral("clinic.sqlite"));
    auto added =
        on(db, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                QStringLiteral("Ann"), QStringLiteral("--family"), QStringLiteral("Lee"),
                QStringLiteral("--dob"), QStringLiteral("1980-01-01"), QStringLiteral("--sex"),
                QStringLiteral("f")});
    ASSERT_EQ(added.exitCode, 0);
    auto visit = on(db, {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
                         QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                         QStringLiteral("--pain"), QStringLiteral("4")});
    EXPECT_EQ(visit.exitCode, 0) << visit.errText().toStdString();
    EXPECT_TRUE(visit.err.isEmpty()) << visit.errText().toStdString();
    const QDir logs(path(QStringLiteral("data/Gradus/Gradus/logs")));
    QFile log(logs.filePath(QStringLiteral("gradus.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_FALSE(log.readAll().contains("option not defined"));
}

TEST_F(ReliabilityCliTest, EmojiInANameReachTheHandoutPdf)
{
    const QString db = path(QStringLiteral("clinic.sqlite"));
    auto added =
        on(db, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                QStringLiteral("Zoë \U0001F4AA"), QStringLiteral("--family"),
                QStringLiteral("Runner \U0001F3C3"), QStringLiteral("--dob"),
                QStringLiteral("1985-03-14"), QStringLiteral("--sex"), QStringLiteral("f")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    const QString pdf = path(QStringLiteral("emoji.pdf"));
    auto handout = on(db, {QStringLiteral("handout"), QStringLiteral("--patient"),
                           QStringLiteral("1"), QStringLiteral("--exercises"),
                           QStringLiteral("walking"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(handout.exitCode, 0) << handout.errText().toStdString();
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
    EXPECT_TRUE(list.contains(QStringLiteral("Symbola")))
        << "install fonts-symbola (scripts/install-deps): " << list.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    // Qt's PDF writer maps no text back for these glyphs, so the name is checked around them;
    // the page itself was looked at (docs/RELIABILITY.md).
    EXPECT_TRUE(body.contains(QStringLiteral("Zoë"))) << body.left(400).toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("Runner")));
}
