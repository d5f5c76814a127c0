// Accounts and roles on a real PostgreSQL server, held to by the database itself: plain SQL as
// a clinician made by ServerAccounts records clinical entries but cannot rewrite history or
// change the clinic's library and settings; an administrator can; the program names the
// refusal as needing an administrator.
#include "storage/ServerAccounts.h"
#include "Workspace.h"
#include "exercises/ExerciseLibrary.h"
#include "model/Exercise.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/ServerRoles.h"
#include "storage/StoreError.h"
#include "support/ServerAccountFixture.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace gradus;
using gradus::test::DropRoles;
using gradus::test::SqlConnection;
using gradus::test::TestStore;

namespace {

const QString kInsufficientPrivilege = QStringLiteral("42501");

class ServerAccountsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<TestStore>(SqlBackend::Postgres);
        GRADUS_REQUIRE_STORE(*m_store);
        m_drop = std::make_unique<DropRoles>(m_store->location());
        auto db = m_store->open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        ServerAccounts accounts(m_workspace->db());
        m_clinician = test::freshAccountName("c");
        m_admin = test::freshAccountName("a");
        m_drop->add(m_clinician);
        m_drop->add(m_admin);
        auto added = accounts.add(m_clinician, ServerAccounts::Role::Clinician, kPassword);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        added = accounts.add(m_admin, ServerAccounts::Role::Admin, kPassword);
        ASSERT_TRUE(added) << added.error().message.toStdString();
    }

    DatabaseLocation as(const QString& user, const QString& password = kPassword) const
    {
        DatabaseLocation where = m_store->location();
        where.user = user;
        where.password = password;
        return where;
    }

    // A patient with one visit, made by the clinician in plain SQL; returns the patient id.
    static qint64 patientWithVisit(const SqlConnection& sql)
    {
        const QVariant patient = sql.value(
            QStringLiteral("INSERT INTO patient (given_name, family_name, date_of_birth, "
                           "search_text, created_at, updated_at) VALUES ('Ada', 'Testcase', "
                           "'1970-01-01', 'ada testcase', '2026-03-02T09:00:00Z', "
                           "'2026-03-02T09:00:00Z') RETURNING id"));
        EXPECT_TRUE(patient.isValid());
        const QVariant visit = sql.value(
            QStringLiteral("INSERT INTO visit (patient_id, created_at, created_by) VALUES (%1, "
                           "'2026-03-02T09:00:00Z', 'someone-else') RETURNING id")
                .arg(patient.toLongLong()));
        EXPECT_TRUE(visit.isValid()) << "a clinician records a visit";
        return patient.toLongLong();
    }

    static inline const QString kPassword = QStringLiteral("correct horse 42");
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<DropRoles> m_drop;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_workspace;
    QString m_clinician;
    QString m_admin;
};

} // namespace

TEST_F(ServerAccountsTest, AClinicianRecordsButCannotRewriteHistoryOrTheClinicsLibrary)
{
    SqlConnection sql(m_store->location(), m_clinician, kPassword);
    ASSERT_TRUE(sql.isOpen()) << sql.openError().text().toStdString();
    const qint64 patient = patientWithVisit(sql);
    EXPECT_EQ(
        sql.value(QStringLiteral("SELECT created_by FROM visit WHERE patient_id = %1").arg(patient))
            .toString(),
        m_clinician)
        << "the server writes the signed-in account, not the name given";
    EXPECT_FALSE(sql.value(QStringLiteral("INSERT INTO measure (patient_id, instrument, "
                                          "created_at, created_by) VALUES (%1, 'odi', "
                                          "'2026-03-02T09:00:00Z', 'x') RETURNING id")
                               .arg(patient))
                     .isNull());
    EXPECT_TRUE(
        sql.run(QStringLiteral("UPDATE patient SET notes = 'seen' WHERE id = %1").arg(patient))
            .nativeErrorCode()
            .isEmpty())
        << "patients are editable";

    for (const QString& statement :
         {QStringLiteral("UPDATE visit SET created_by = 'x'"), QStringLiteral("DELETE FROM visit"),
          QStringLiteral("UPDATE measure SET instrument = 'rmdq'"),
          QStringLiteral("DELETE FROM measure"),
          QStringLiteral("UPDATE audit_log SET author = 'x'"),
          QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE visit CASCADE"),
          QStringLiteral("INSERT INTO exercise (stable_id) VALUES ('clinic_mine')"),
          QStringLiteral("UPDATE exercise SET name = 'x'"),
          QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) VALUES "
                         "('clinic.name', 'x', 'now')"),
          QStringLiteral("INSERT INTO programme_template (name) VALUES ('x')"),
          // The cascade from a patient would take the visit with it: the guard refuses.
          QStringLiteral("DELETE FROM patient WHERE id = %1").arg(patient)}) {
        const QSqlError refused = sql.run(statement);
        EXPECT_EQ(refused.nativeErrorCode(), kInsufficientPrivilege)
            << statement.toStdString() << ": " << refused.text().toStdString();
    }
    EXPECT_EQ(sql.value(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 1);
    EXPECT_GT(sql.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0)
        << "the trail is readable and was written for the clinician's entries";
}

TEST_F(ServerAccountsTest, AnAdministratorKeepsTheLibraryAndSettingsButNotHistory)
{
    SqlConnection sql(m_store->location(), m_admin, kPassword);
    ASSERT_TRUE(sql.isOpen()) << sql.openError().text().toStdString();
    EXPECT_TRUE(sql.run(QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) "
                                       "VALUES ('clinic.name', 'Test Clinic', 'now')"))
                    .nativeErrorCode()
                    .isEmpty());
    EXPECT_TRUE(sql.run(QStringLiteral("UPDATE exercise SET summary = summary || '' WHERE id = "
                                       "(SELECT min(id) FROM exercise)"))
                    .nativeErrorCode()
                    .isEmpty());
    patientWithVisit(sql);
    for (const QString& statement :
         {QStringLiteral("UPDATE visit SET created_by = 'x'"), QStringLiteral("DELETE FROM visit"),
          QStringLiteral("DELETE FROM audit_log")})
        EXPECT_EQ(sql.run(statement).nativeErrorCode(), kInsufficientPrivilege)
            << statement.toStdString();

    // Through the program: an exercise of the clinic's own.
    auto db = Database::open(as(m_admin));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    Workspace ws(std::move(*db), m_clock);
    Exercise e;
    e.name = QStringLiteral("Band pull-apart");
    e.category = ExerciseCategory::Strength;
    e.properties.position = BodyPosition::Sitting;
    e.instructions = {QStringLiteral("Sit tall."), QStringLiteral("Pull the band apart.")};
    e.dose.type = DoseType::Repetitions;
    e.dose.sets = 2;
    e.dose.reps = 12;
    e.dose.daysPerWeek = 3;
    auto created = ExerciseRepository(ws).create(e);
    EXPECT_TRUE(created) << created.error().message.toStdString();
}

TEST_F(ServerAccountsTest, TheProgramSaysAClinicianNeedsAnAdministrator)
{
    auto db = Database::open(as(m_clinician));
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(StoreError::accountName((*db)->location()), m_clinician);
    Workspace ws(std::move(*db), m_clock);
    Exercise e;
    e.name = QStringLiteral("Band pull-apart");
    e.category = ExerciseCategory::Strength;
    e.properties.position = BodyPosition::Sitting;
    e.instructions = {QStringLiteral("Pull the band apart.")};
    e.dose.type = DoseType::Repetitions;
    e.dose.sets = 2;
    e.dose.reps = 12;
    e.dose.daysPerWeek = 3;
    auto created = ExerciseRepository(ws).create(e);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().kind(), ErrorKind::NeedsAdmin)
        << created.error().message.toStdString();
    EXPECT_EQ(exitCodeForKind(created.error().kind()), 1);
    EXPECT_TRUE(created.error().message.contains(
        QStringLiteral("Changing the exercise library needs an administrator (signed in as %1)")
            .arg(m_clinician)))
        << created.error().message.toStdString();

    auto setting = ws.db().exec(QStringLiteral("UPDATE clinic_setting SET value = 'x'"));
    ASSERT_FALSE(setting);
    EXPECT_EQ(setting.error().kind(), ErrorKind::NeedsAdmin);
    EXPECT_TRUE(setting.error().message.startsWith(QStringLiteral("Changing the clinic settings")))
        << setting.error().message.toStdString();

    auto history = ws.db().exec(QStringLiteral("DELETE FROM visit"));
    ASSERT_FALSE(history);
    EXPECT_TRUE(history.error().message.contains(QStringLiteral("amendment")))
        << history.error().message.toStdString();

    ServerAccounts accounts(ws.db());
    auto add =
        accounts.add(test::freshAccountName("x"), ServerAccounts::Role::Clinician, kPassword);
    ASSERT_FALSE(add);
    EXPECT_EQ(add.error().kind(), ErrorKind::NeedsAdmin);
    EXPECT_TRUE(add.error().message.startsWith(QStringLiteral("Managing user accounts needs an "
                                                              "administrator")))
        << add.error().message.toStdString();
    EXPECT_EQ(accounts.setEnabled(m_admin, false).error().kind(), ErrorKind::NeedsAdmin);
    EXPECT_EQ(accounts.setPassword(m_admin, QStringLiteral("another one 1")).error().kind(),
              ErrorKind::NeedsAdmin)
        << "a clinician sets only their own password";
    EXPECT_TRUE(accounts.setPassword(m_clinician, QStringLiteral("my own new one")));
    SqlConnection renewed(m_store->location(), m_clinician, QStringLiteral("my own new one"));
    EXPECT_TRUE(renewed.isOpen()) << renewed.openError().text().toStdString();
}

TEST_F(ServerAccountsTest, AccountsAreListedDisabledEnabledAndGivenNewPasswords)
{
    ServerAccounts accounts(m_workspace->db());
    auto all = accounts.list();
    ASSERT_TRUE(all) << all.error().message.toStdString();
    bool sawClinician = false;
    bool sawAdmin = false;
    for (const auto& a : *all) {
        if (a.name == m_clinician) {
            sawClinician = true;
            EXPECT_EQ(a.role, ServerAccounts::Role::Clinician);
            EXPECT_TRUE(a.enabled);
        }
        if (a.name == m_admin) {
            sawAdmin = true;
            EXPECT_EQ(a.role, ServerAccounts::Role::Admin);
        }
        EXPECT_NE(a.name, QStringLiteral("postgres")) << "the superuser is not a Gradus account";
    }
    EXPECT_TRUE(sawClinician && sawAdmin);

    auto again = accounts.add(m_clinician, ServerAccounts::Role::Clinician, kPassword);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(accounts.setEnabled(QStringLiteral("postgres"), false).error().kind(),
              ErrorKind::NotFound)
        << "only Gradus accounts are managed, never the server's own roles";
    EXPECT_EQ(accounts.add(QStringLiteral("Bad Name"), ServerAccounts::Role::Clinician, kPassword)
                  .error()
                  .kind(),
              ErrorKind::Invalid);
    EXPECT_EQ(accounts
                  .add(test::freshAccountName("s"), ServerAccounts::Role::Clinician,
                       QStringLiteral("short"))
                  .error()
                  .kind(),
              ErrorKind::Invalid);

    ASSERT_TRUE(accounts.setEnabled(m_clinician, false));
    {
        auto refused = Database::open(as(m_clinician));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind(), ErrorKind::Authentication)
            << refused.error().message.toStdString();
    }
    ASSERT_TRUE(accounts.setEnabled(m_clinician, true));
    EXPECT_TRUE(SqlConnection(m_store->location(), m_clinician, kPassword).isOpen());

    ASSERT_TRUE(accounts.setPassword(m_clinician, QStringLiteral("Ünïcode pässwörd")));
    EXPECT_FALSE(SqlConnection(m_store->location(), m_clinician, kPassword).isOpen())
        << "the old password no longer works";
    EXPECT_TRUE(SqlConnection(m_store->location(), m_clinician, QStringLiteral("Ünïcode pässwörd"))
                    .isOpen());
    auto wrong = Database::open(as(m_clinician, QStringLiteral("not the password")));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind(), ErrorKind::Authentication);
}

TEST_F(ServerAccountsTest, AnotherClinicDatabaseOnTheServerReusesTheGroupRoles)
{
    TestStore other(SqlBackend::Postgres);
    ASSERT_TRUE(other.available());
    auto db = other.open();
    ASSERT_TRUE(db);
    auto roles = db->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                         "('gradus_clinician', 'gradus_admin')"));
    ASSERT_TRUE(roles && roles->next());
    EXPECT_EQ(roles->value(0).toInt(), 2);
    // Set up again (an upgrade does this): nothing fails, nothing is lost.
    ASSERT_TRUE(db->write([&] { return ServerRoles::install(*db); }));
    SqlConnection sql(other.location(), m_clinician, kPassword);
    ASSERT_TRUE(sql.isOpen()) << sql.openError().text().toStdString();
    EXPECT_EQ(sql.run(QStringLiteral("DELETE FROM visit")).nativeErrorCode(),
              kInsufficientPrivilege);
    EXPECT_TRUE(sql.value(QStringLiteral("SELECT count(*) FROM exercise")).isValid());
}

TEST(ServerAccountsSqliteTest, AFileHasNoAccounts)
{
    TestStore store(SqlBackend::Sqlite);
    auto db = store.open();
    ASSERT_TRUE(db);
    ServerAccounts accounts(*db);
    auto listed = accounts.list();
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().kind(), ErrorKind::Invalid);
    EXPECT_TRUE(listed.error().message.contains(QStringLiteral("only on a database server")));
}

TEST(ServerAccountsSqliteTest, TheVerifierIsPostgresScram)
{
    const QString verifier = ServerAccounts::scramVerifier(QStringLiteral("secret password"));
    static const QRegularExpression shape(
        QStringLiteral("^SCRAM-SHA-256\\$4096:[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}:"
                       "[A-Za-z0-9+/=]{44}$"));
    EXPECT_TRUE(shape.match(verifier).hasMatch()) << verifier.toStdString();
    EXPECT_FALSE(verifier.contains(QStringLiteral("secret")));
    EXPECT_NE(verifier, ServerAccounts::scramVerifier(QStringLiteral("secret password")))
        << "a fresh salt each time";
}
