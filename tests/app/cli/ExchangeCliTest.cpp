// `gradus-cli export ...`, `import ...` and `db restore` on the real binary and real files.
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace gradus;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class ExchangeCliTest : public testing::Test
{
protected:
    CliRun run(QStringList args, const QString& database = {})
    {
        args.prepend(database.isEmpty() ? m_db : database);
        args.prepend(QStringLiteral("--database"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GRADUS_DATABASE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }
    // Runs and expects success.
    CliRun ok(const QStringList& args, const QString& database = {})
    {
        CliRun r = run(args, database);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A small fictional clinic with an active programme for patient 1.
    void clinic()
    {
        ok({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("3")});
        ok({QStringLiteral("programme"), QStringLiteral("template"), QStringLiteral("apply"),
            QStringLiteral("sciatica_friendly_start"), QStringLiteral("1")});
        ok({QStringLiteral("programme"), QStringLiteral("activate"), QStringLiteral("1")});
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("clinic.sqlite"));
};

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(ExchangeCliTest, OutcomesCsvQuotesEveryFieldAndWritesToStandardOutput)
{
    ok({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
        QStringLiteral("Ada"), QStringLiteral("--family"), QStringLiteral("Testperson"),
        QStringLiteral("--dob"), QStringLiteral("1970-05-17")});
    ok({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
        QStringLiteral("--date"), QDate::currentDate().addDays(-2).toString(Qt::ISODate),
        QStringLiteral("--pain"), QStringLiteral("6")});
    ok({QStringLiteral("measure"), QStringLiteral("add"), QStringLiteral("1"),
        QStringLiteral("--type"), QStringLiteral("psfs"), QStringLiteral("--answers"),
        QStringLiteral("3,4,2"), QStringLiteral("--activities"),
        QStringLiteral("Sitting, at work;Lifting \"heavy\" bags;Walking")});

    auto r = ok({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"),
                 QStringLiteral("-")});
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("-")))) << "'-' is standard output, not a file";
    const QString text = r.text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("\"patient_id\",\"episode_id\",\"visit_id\",")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",\"nprs_now\",\"6\",")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "\"3,4,2\",\"Sitting, at work; Lifting \"\"heavy\"\" bags; Walking\",\"1\"\r\n")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Testperson")));

    auto research =
        ok({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"),
            QStringLiteral("-"), QStringLiteral("--deidentify")});
    const QString r2 = research.text();
    EXPECT_TRUE(
        r2.startsWith(QStringLiteral("\"study_id\",\"age_band\",\"sex\",\"episode\",\"date\"")));
    EXPECT_TRUE(r2.contains(QStringLiteral("\"S001\",\"50-59\"")));
    EXPECT_FALSE(r2.contains(QStringLiteral("Lifting")));
    // Every row's date is shifted (never by 0 days). The visit was two days ago and the PSFS
    // today, so one row's shifted date may still fall on another row's real date by chance:
    // compare each row with its own.
    const QString visitDay = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    const QString measureDay = QDate::currentDate().toString(Qt::ISODate);
    int rows = 0;
    for (const QString& line : r2.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = line.mid(1, line.size() - 2).split(QStringLiteral("\",\""));
        ASSERT_GE(f.size(), 6) << line.toStdString();
        const QString& date = f[4];
        const bool fromVisit = f[5] != QLatin1String("psfs"); // the visit's values
        EXPECT_NE(date, fromVisit ? visitDay : measureDay) << line.toStdString();
        ++rows;
    }
    EXPECT_GT(rows, 0);

    const QString file = path(QStringLiteral("outcomes.csv"));
    ok({QStringLiteral("export"), QStringLiteral("outcomes"), QStringLiteral("--csv"), file});
    EXPECT_EQ(mode(file), 0600);
    EXPECT_EQ(read(file), r.out);
}

TEST_F(ExchangeCliTest, FhirBundleHasStableIdsAndAnOwnerOnlyFile)
{
    clinic();
    const QString first = path(QStringLiteral("p1.json"));
    const QString second = path(QStringLiteral("p1-again.json"));
    auto r = ok({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("1"),
                 QStringLiteral("--out"), first, QStringLiteral("--clinician"),
                 QStringLiteral("Sam Okafor")});
    EXPECT_EQ(r.text().trimmed(), first);
    EXPECT_EQ(mode(first), 0600);
    ok({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("1"),
        QStringLiteral("--out"), second});
    auto ids = [](const QString& file) {
        QStringList list;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(read(file)).object().value(QStringLiteral("entry")).toArray())
            list << e.toObject().value(QStringLiteral("fullUrl")).toString();
        return list;
    };
    EXPECT_FALSE(ids(first).isEmpty());
    EXPECT_EQ(ids(first), ids(second));
    EXPECT_TRUE(read(first).contains("\"CarePlan\""));
    EXPECT_TRUE(read(first).contains("Sam Okafor"));

    auto exists = run({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("1"),
                       QStringLiteral("--out"), first});
    EXPECT_EQ(exists.exitCode, 1);
    EXPECT_TRUE(exists.err.contains(QStringLiteral("--force")));
    auto missing = run({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("999"),
                        QStringLiteral("--out"), path(QStringLiteral("x.json"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.json"))));
    auto usage = run({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("1")});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("--out")));
}

TEST_F(ExchangeCliTest, CalendarReminders)
{
    clinic();
    auto r = ok({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("1"),
                 QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--first-hour"),
                 QStringLiteral("8"), QStringLiteral("--last-hour"), QStringLiteral("20")});
    const QString ics = QString::fromUtf8(QByteArray(r.out).replace("\r\n ", ""));
    EXPECT_TRUE(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    EXPECT_TRUE(ics.contains(QStringLiteral("BYHOUR=8,12,16,20"))) << "walking 4 times a day";
    auto badHour = run({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("1"),
                        QStringLiteral("--out"), QStringLiteral("-"),
                        QStringLiteral("--first-hour"), QStringLiteral("25")});
    EXPECT_EQ(badHour.exitCode, 2);
}

// Reminders are written for the patient: in the patient's language, unless --language (after
// the command, or before it for the whole run) asks for another one.
TEST_F(ExchangeCliTest, CalendarRemindersSpeakThePatientsLanguage)
{
    clinic();
    ok({QStringLiteral("patient"), QStringLiteral("edit"), QStringLiteral("1"),
        QStringLiteral("--language"), QStringLiteral("de")});
    const auto ics = [this](QStringList args) {
        args = QStringList{QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("1"),
                           QStringLiteral("--out"), QStringLiteral("-")} +
               args;
        return QString::fromUtf8(QByteArray(ok(args).out).replace("\r\n ", ""));
    };
    const QString german = ics({});
    EXPECT_TRUE(german.contains(QStringLiteral("Gehen"))) << german.left(2000).toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("Der Schmerz strahlt weiter ins Bein aus")))
        << "the stop rules are German too";
    // (The programme's section names and notes are the clinic's words and stay as written.)
    EXPECT_FALSE(german.contains(QStringLiteral("SUMMARY:Exercises")));
    const QString french = ics({QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_TRUE(french.contains(QStringLiteral("Marche"))) << french.left(2000).toStdString();
    EXPECT_FALSE(french.contains(QStringLiteral("Gehen")));

    auto unknown = run({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("1"),
                        QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--language"),
                        QStringLiteral("xx")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("xx"))) << unknown.err.toStdString();

    auto fhir = ok({QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("1"),
                    QStringLiteral("--out"), QStringLiteral("-")});
    EXPECT_TRUE(fhir.text().contains(QRegularExpression(QStringLiteral("\"code\": *\"de\""))))
        << "Patient.communication";
    EXPECT_TRUE(fhir.text().contains(QStringLiteral("Übungsprogramm, Version")));
}

TEST_F(ExchangeCliTest, ProgrammeRoundTripThroughAFile)
{
    clinic();
    const QString file = path(QStringLiteral("programme.json"));
    ok({QStringLiteral("export"), QStringLiteral("programme"), QStringLiteral("1"),
        QStringLiteral("--out"), file});
    EXPECT_EQ(mode(file), 0600);
    const QString other = path(QStringLiteral("other.sqlite"));
    ok({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
        QStringLiteral("Noor"), QStringLiteral("--family"), QStringLiteral("Fictional"),
        QStringLiteral("--dob"), QStringLiteral("1979-06-01")},
       other);
    auto imported = ok({QStringLiteral("import"), QStringLiteral("programme"), file,
                        QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--json")},
                       other);
    const QJsonObject report = imported.json().object();
    const qint64 id = report.value(QStringLiteral("programme_id")).toInteger();
    ASSERT_GT(id, 0) << imported.text().toStdString();
    EXPECT_TRUE(report.value(QStringLiteral("findings")).isArray());

    auto items = [](const QJsonObject& programme) {
        QStringList list;
        for (const QJsonValue& s : programme.value(QStringLiteral("sections")).toArray())
            for (const QJsonValue& i : s.toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = i.toObject();
                list << s.toObject().value(QStringLiteral("name")).toString() + u'/' +
                            o.value(QStringLiteral("exercise")).toString() + u'/' +
                            QJsonDocument(o.value(QStringLiteral("dose")).toObject())
                                .toJson(QJsonDocument::Compact) +
                            u'/' + o.value(QStringLiteral("note")).toString() + u'/' +
                            o.value(QStringLiteral("side")).toString();
            }
        return list;
    };
    const QJsonObject original = ok({QStringLiteral("programme"), QStringLiteral("show"),
                                     QStringLiteral("1"), QStringLiteral("--json")})
                                     .json()
                                     .object();
    const QJsonObject copy = ok({QStringLiteral("programme"), QStringLiteral("show"),
                                 QString::number(id), QStringLiteral("--json")},
                                other)
                                 .json()
                                 .object();
    EXPECT_EQ(items(copy), items(original));
    EXPECT_FALSE(items(copy).isEmpty());
    EXPECT_EQ(copy.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

    // Templates: out of one clinic, into another.
    const QString templateFile = path(QStringLiteral("template.json"));
    ok({QStringLiteral("export"), QStringLiteral("template"),
        QStringLiteral("acute_lbp_stay_active"), QStringLiteral("--out"), templateFile});
    auto added = ok({QStringLiteral("import"), QStringLiteral("template"), templateFile}, other);
    EXPECT_GT(added.text().trimmed().toLongLong(), 0);
}

TEST_F(ExchangeCliTest, EveryBrokenFileExitsTwoAndLeavesTheDatabaseAsItWas)
{
    ok({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
        QStringLiteral("Ada"), QStringLiteral("--family"), QStringLiteral("Testperson"),
        QStringLiteral("--dob"), QStringLiteral("1970-05-17")});
    ok({QStringLiteral("db"), QStringLiteral("info")});
    const QByteArray before = digest(m_db);
    const QDir corpus(QStringLiteral(GRADUS_CLI_TEST_DATA_DIR "/exchange/broken"));
    const QStringList files = corpus.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 15);
    for (const QString& file : files) {
        auto r = run({QStringLiteral("import"), QStringLiteral("programme"), corpus.filePath(file),
                      QStringLiteral("--patient"), QStringLiteral("1")});
        EXPECT_EQ(r.exitCode, 2) << file.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("gradus-cli: ") + file + QStringLiteral(": ")))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was imported."))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(QFile::exists(m_db + QStringLiteral("-wal")) &&
                     QFileInfo(m_db + QStringLiteral("-wal")).size() > 0);
        EXPECT_EQ(digest(m_db), before) << file.toStdString() << " changed the database";
    }
    auto noPatient = run({QStringLiteral("import"), QStringLiteral("programme"),
                          QStringLiteral(GRADUS_CLI_TEST_DATA_DIR "/exchange/programme-v1.json"),
                          QStringLiteral("--patient"), QStringLiteral("77")});
    EXPECT_EQ(noPatient.exitCode, 2);
    EXPECT_EQ(digest(m_db), before);
    auto good = ok({QStringLiteral("import"), QStringLiteral("programme"),
                    QStringLiteral(GRADUS_CLI_TEST_DATA_DIR "/exchange/programme-v1.json"),
                    QStringLiteral("--patient"), QStringLiteral("1")});
    EXPECT_TRUE(good.text().contains(QStringLiteral("Safety check of the imported programme:")));
    EXPECT_TRUE(good.err.contains(QStringLiteral("clinic_wall_plank")));
}

TEST_F(ExchangeCliTest, RestoreWritesANewDatabaseAndNeverOverTheLiveOne)
{
    ok({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("4")});
    const QString backup = path(QStringLiteral("backup.sqlite"));
    ok({QStringLiteral("db"), QStringLiteral("backup"), backup});
    const QString restored = path(QStringLiteral("restored.sqlite"));
    auto r = ok({QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--to"),
                 restored, QStringLiteral("--json")});
    EXPECT_EQ(r.json().object().value(QStringLiteral("patients")).toInt(), 4);
    EXPECT_EQ(mode(restored), 0600);
    auto info =
        ok({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")}, restored);
    EXPECT_EQ(info.json()
                  .object()
                  .value(QStringLiteral("records"))
                  .toObject()
                  .value(QStringLiteral("patient"))
                  .toInt(),
              4);

    auto again = run({QStringLiteral("db"), QStringLiteral("restore"), backup,
                      QStringLiteral("--to"), restored});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    const QByteArray live = digest(m_db);
    auto overLive = run({QStringLiteral("db"), QStringLiteral("restore"), backup,
                         QStringLiteral("--to"), m_db, QStringLiteral("--force")});
    EXPECT_EQ(overLive.exitCode, 1);
    EXPECT_TRUE(overLive.err.contains(QStringLiteral("in use"))) << overLive.err.toStdString();
    EXPECT_EQ(digest(m_db), live);

    const QString junk = path(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3");
    f.close();
    auto bad = run({QStringLiteral("db"), QStringLiteral("restore"), junk, QStringLiteral("--to"),
                    path(QStringLiteral("never.sqlite"))});
    EXPECT_EQ(bad.exitCode, 5) << bad.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("never.sqlite"))));
    auto none =
        run({QStringLiteral("db"), QStringLiteral("restore"), path(QStringLiteral("none.sqlite")),
             QStringLiteral("--to"), path(QStringLiteral("never.sqlite"))});
    EXPECT_EQ(none.exitCode, 2);
}

TEST_F(ExchangeCliTest, DailyBackupsAreListedAndTheNumberKeptIsASetting)
{
    ok({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("2")});
    auto none = ok({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--json")});
    EXPECT_EQ(none.json().object().value(QStringLiteral("keep")).toInt(), 7);
    EXPECT_TRUE(none.json().object().value(QStringLiteral("backups")).toArray().isEmpty());

    auto made = ok({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--keep"),
                    QStringLiteral("2"), QStringLiteral("--now"), QStringLiteral("--json")});
    const QJsonObject listed = made.json().object();
    EXPECT_EQ(listed.value(QStringLiteral("keep")).toInt(), 2);
    const QJsonArray copies = listed.value(QStringLiteral("backups")).toArray();
    ASSERT_EQ(copies.size(), 1);
    const QString copy = copies.at(0).toObject().value(QStringLiteral("path")).toString();
    EXPECT_EQ(QFileInfo(copy).absolutePath(), path(QStringLiteral("backups")));
    EXPECT_EQ(mode(copy), 0600);
    // The copy is a database that restores.
    ok({QStringLiteral("db"), QStringLiteral("restore"), copy, QStringLiteral("--to"),
        path(QStringLiteral("from-daily.sqlite"))});

    // A second run on the same day makes no second copy; the setting stays.
    ok({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--now")});
    auto again = ok({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--json")});
    EXPECT_EQ(again.json().object().value(QStringLiteral("backups")).toArray().size(), 1);
    EXPECT_EQ(again.json().object().value(QStringLiteral("keep")).toInt(), 2);

    for (const QString& wrong :
         {QStringLiteral("-1"), QStringLiteral("400"), QStringLiteral("x")}) {
        auto bad =
            run({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--keep"), wrong});
        EXPECT_EQ(bad.exitCode, 2) << wrong.toStdString();
        EXPECT_TRUE(bad.err.contains(QStringLiteral("--keep"))) << bad.err.toStdString();
    }
    auto off = ok({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--keep"),
                   QStringLiteral("0")});
    EXPECT_TRUE(off.text().contains(QStringLiteral("off"))) << off.text().toStdString();
}
