// The kill-mid-write harness: gradus-cli is killed with SIGKILL at random moments while it
// creates a database, writes records, or upgrades the schema. After every kill the store must
// pass the integrity check and hold every write that was acknowledged (its id printed), and a
// creation must have left either no database or a complete one.
//
// GRADUS_KILL_ROUNDS multiplies the rounds (scripts/kill-harness runs thousands);
// GRADUS_KILL_REPORT names a file that gets one line of figures per scenario.
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "support/FileFaults.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>

using namespace gradus;
using namespace gradus::test;

namespace {

struct CliRun
{
    bool killed = false; // still running when the kill came
    int exitCode = -1;
    QString out;
};

struct Figures
{
    int rounds = 0;
    int kills = 0;
    int completed = 0;
    int acknowledged = 0;
    int damaged = 0;
    int lost = 0;
};

class KillHarnessTest : public testing::Test
{
protected:
    // Starts gradus-cli and sends SIGKILL after `delayMs` unless it finished first.
    CliRun runAndKill(const QStringList& args, int delayMs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForStarted(30000));
        CliRun run;
        if (!process.waitForFinished(delayMs)) {
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            process.waitForFinished(30000);
            run.killed = process.exitStatus() == QProcess::CrashExit;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        return run;
    }
    // How long an uninterrupted run takes (the slower of two), so kills land all through it.
    int calibrate(const std::function<QStringList(int)>& argsFor)
    {
        int slowest = 1;
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            CliRun run = runAndKill(argsFor(-1 - i), 120000);
            EXPECT_EQ(run.exitCode, 0);
            slowest = std::max(slowest, static_cast<int>(timer.elapsed()));
        }
        return slowest;
    }
    static int rounds(int base)
    {
        const int factor = qEnvironmentVariableIntValue("GRADUS_KILL_ROUNDS");
        return base * std::max(1, factor);
    }
    static int randomDelay(int slowest)
    {
        return QRandomGenerator::global()->bounded(slowest * 12 / 10 + 1);
    }
    static void report(const char* scenario, const Figures& f)
    {
        const QString line = QStringLiteral("%1: %2 rounds, %3 killed mid-run, %4 completed, %5 "
                                            "writes acknowledged, %6 damaged, %7 lost")
                                 .arg(QLatin1String(scenario))
                                 .arg(f.rounds)
                                 .arg(f.kills)
                                 .arg(f.completed)
                                 .arg(f.acknowledged)
                                 .arg(f.damaged)
                                 .arg(f.lost);
        std::printf("%s\n", qPrintable(line));
        const QString path = qEnvironmentVariable("GRADUS_KILL_REPORT");
        if (!path.isEmpty()) {
            QFile file(path);
            if (file.open(QIODevice::Append | QIODevice::Text))
                file.write((line + u'\n').toUtf8());
        }
    }
    static bool sound(const QString& path, int* version = nullptr)
    {
        auto report =
            IntegrityCheck::run(DatabaseLocation::sqliteFile(path), IntegrityCheck::Depth::Full);
        if (!report) {
            ADD_FAILURE() << path.toStdString() << ": " << report.error().message.toStdString();
            return false;
        }
        if (version)
            *version = report->schemaVersion;
        EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
        return report->ok();
    }

    QTemporaryDir m_dir;
};

const QStringList kPatient = {QStringLiteral("patient"),  QStringLiteral("add"),
                              QStringLiteral("--given"),  QStringLiteral("Kim"),
                              QStringLiteral("--family"), QStringLiteral("Killtest"),
                              QStringLiteral("--dob"),    QStringLiteral("1975-06-01"),
                              QStringLiteral("--sex"),    QStringLiteral("f")};

} // namespace

TEST_F(KillHarnessTest, AKillWhileCreatingLeavesNoDatabaseOrAWholeOne)
{
    const auto argsFor = [&](int round) {
        const QString db = m_dir.filePath(QStringLiteral("create-%1/clinic.sqlite").arg(round));
        return QStringList{QStringLiteral("--database"), db} + kPatient;
    };
    const int slowest = calibrate(argsFor);
    Figures f;
    for (int round = 0; round < rounds(80); ++round) {
        const QString db = m_dir.filePath(QStringLiteral("create-%1/clinic.sqlite").arg(round));
        const CliRun run = runAndKill(argsFor(round), randomDelay(slowest));
        ++f.rounds;
        run.killed ? ++f.kills : ++f.completed;
        const bool acknowledged = !run.out.trimmed().isEmpty();
        f.acknowledged += acknowledged;
        if (QFile::exists(db)) {
            if (!sound(db)) {
                ++f.damaged;
                continue;
            }
            auto opened = Database::open(DatabaseLocation::sqliteFile(db));
            ASSERT_TRUE(opened) << opened.error().message.toStdString();
            auto q = (*opened)->exec(QStringLiteral("SELECT count(*) FROM patient"));
            ASSERT_TRUE(q && q->next());
            if (acknowledged && q->value(0).toInt() != 1)
                ++f.lost;
        } else {
            EXPECT_FALSE(acknowledged) << "an id was printed, but there is no database";
            f.lost += acknowledged;
            // The folder holds at most the hidden temporary files of the killed creation,
            // which the next creation there removes.
            const QString folder = QFileInfo(db).absolutePath();
            for (const QString& name : folderEntries(folder))
                EXPECT_TRUE(name.startsWith(QStringLiteral(".clinic.sqlite.creating-")))
                    << name.toStdString();
            ASSERT_TRUE(Database::open(DatabaseLocation::sqliteFile(db)));
            EXPECT_EQ(folderEntries(folder),
                      QStringList{QStringLiteral("clinic.sqlite")} +
                          folderEntries(folder).filter(QStringLiteral("clinic.sqlite-")));
        }
    }
    report("creation", f);
    EXPECT_EQ(f.damaged, 0);
    EXPECT_EQ(f.lost, 0);
    EXPECT_GT(f.kills, f.rounds / 3) << "most kills should land mid-run";
}

TEST_F(KillHarnessTest, AKillWhileWritingLosesNoAcknowledgedWrite)
{
    const QString db = m_dir.filePath(QStringLiteral("clinic.sqlite"));
    ASSERT_EQ(runAndKill(QStringList{QStringLiteral("--database"), db} + kPatient, 120000).exitCode,
              0);
    const auto argsFor = [&](int round) {
        if (round % 3 == 2)
            return QStringList{QStringLiteral("--database"), db} + kPatient;
        return QStringList{QStringLiteral("--database"),
                           db,
                           QStringLiteral("visit"),
                           QStringLiteral("add"),
                           QStringLiteral("1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-20"),
                           QStringLiteral("--pain"),
                           QString::number(qAbs(round) % 11),
                           QStringLiteral("--notes"),
                           QStringLiteral("round %1").arg(round)};
    };
    const int slowest = calibrate(argsFor);
    Figures f;
    QSet<qint64> visits;
    QSet<qint64> patients;
    for (int round = 0; round < rounds(120); ++round) {
        const CliRun run = runAndKill(argsFor(round), randomDelay(slowest));
        ++f.rounds;
        run.killed ? ++f.kills : ++f.completed;
        static const QRegularExpression id(QStringLiteral("^(\\d+)\\s*$"));
        const auto match = id.match(run.out);
        if (match.hasMatch()) {
            ++f.acknowledged;
            (round % 3 == 2 ? patients : visits).insert(match.captured(1).toLongLong());
        }
        if (!sound(db)) {
            ++f.damaged;
            break;
        }
        auto opened = Database::open(DatabaseLocation::sqliteFile(db));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        for (const auto& [table, ids] : {std::pair{QStringLiteral("visit"), visits},
                                         std::pair{QStringLiteral("patient"), patients}}) {
            for (qint64 kept : ids) {
                auto q = (*opened)->exec(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {kept});
                ASSERT_TRUE(q && q->next());
                if (q->value(0).toInt() != 1) {
                    ADD_FAILURE() << table.toStdString() << " " << kept << " was acknowledged "
                                  << "but is gone";
                    ++f.lost;
                }
            }
        }
    }
    report("writes", f);
    EXPECT_EQ(f.damaged, 0);
    EXPECT_EQ(f.lost, 0);
    EXPECT_GT(f.acknowledged, 0);
    EXPECT_GT(f.kills, f.rounds / 3);
}

TEST_F(KillHarnessTest, AKillWhileUpgradingLeavesAnOpenableStoreAndAWholeBackup)
{
    const QString old = m_dir.filePath(QStringLiteral("schema1.sqlite"));
    {
        OpenOptions options;
        options.migrateToVersion = 1;
        ASSERT_TRUE(Database::open(DatabaseLocation::sqliteFile(old), options));
    }
    const auto prepare = [&](int round) {
        const QString dir = m_dir.filePath(QStringLiteral("upgrade-%1").arg(round));
        QDir().mkpath(dir);
        const QString db = QDir(dir).filePath(QStringLiteral("clinic.sqlite"));
        QFile::copy(old, db);
        return db;
    };
    const auto argsFor = [&](int round) {
        return QStringList{QStringLiteral("--database"), prepare(round), QStringLiteral("db"),
                           QStringLiteral("info")};
    };
    const int slowest = calibrate(argsFor);
    const int latest = Database::latestSchemaVersion();
    Figures f;
    int leftAtOld = 0;
    for (int round = 0; round < rounds(60); ++round) {
        const QStringList args = argsFor(round);
        const QString db = args.at(1);
        const CliRun run = runAndKill(args, randomDelay(slowest));
        ++f.rounds;
        run.killed ? ++f.kills : ++f.completed;
        int version = 0;
        if (!sound(db, &version)) {
            ++f.damaged;
            continue;
        }
        EXPECT_GE(version, 1);
        EXPECT_LE(version, latest);
        leftAtOld += version < latest;
        // Every backup that carries its final name is whole: the schema before the upgrade.
        const QDir dir = QFileInfo(db).absoluteDir();
        for (const QString& name : dir.entryList({QStringLiteral("*.bak")}, QDir::Files)) {
            int backupVersion = 0;
            if (!sound(dir.filePath(name), &backupVersion))
                ++f.damaged;
            EXPECT_EQ(backupVersion, 1) << name.toStdString();
        }
        // The next start finishes the upgrade.
        auto opened = Database::open(DatabaseLocation::sqliteFile(db));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        EXPECT_EQ((*opened)->schemaVersion(), latest);
    }
    report("upgrade", f);
    std::printf("upgrade: %d kills left the store at an older schema, all finished later\n",
                leftAtOld);
    EXPECT_EQ(f.damaged, 0);
    EXPECT_GT(f.kills, f.rounds / 3);
}
