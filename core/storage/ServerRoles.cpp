#include "storage/ServerRoles.h"

#include "log/Logging.h"
#include "storage/Database.h"

#include <QSet>

namespace gradus {
namespace {

const auto log = &logging::module<"storage">;

// Clinical records a clinician adds.
constexpr const char* kClinicianInsert[] = {
    "patient",
    "episode",
    "episode_condition",
    "visit",
    "visit_revision",
    "measure",
    "measure_revision",
    "psfs_activity",
    "programme",
    "programme_section",
    "prescription",
    "red_flag_screen",
    "red_flag_screen_flag",
    "safety_override",
    "pacing_plan",
    "pacing_decision",
};
// The editable ones (a programme only while it is a draft: the app sees to that). Visits and
// measures are amended by a new revision, never changed.
constexpr const char* kClinicianUpdate[] = {
    "patient",     "episode",         "episode_condition",    "programme",
    "pacing_plan", "red_flag_screen", "red_flag_screen_flag",
};
// What the app removes: a patient or episode entered in error, a draft's sections, an
// override taken back. Where that would take recorded history with it (a cascade to visits),
// the history guard refuses it.
constexpr const char* kClinicianDelete[] = {
    "patient",           "episode",      "episode_condition", "programme",
    "programme_section", "prescription", "pacing_plan",       "safety_override",
};
// The clinic's shared settings and libraries: administrators only.
constexpr const char* kAdminWrite[] = {
    "exercise",
    "exercise_library_state",
    "programme_template",
    "clinic_setting",
};
// Recorded history: only the schema owner may change or delete it.
constexpr const char* kHistory[] = {
    "visit", "visit_revision", "measure", "measure_revision", "audit_log",
};

const char* kCreateGroups = R"SQL(
DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gradus_clinician') THEN
        CREATE ROLE gradus_clinician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gradus_admin') THEN
        CREATE ROLE gradus_admin NOLOGIN;
    END IF;
    IF NOT pg_has_role('gradus_admin', 'gradus_clinician', 'MEMBER') THEN
        GRANT gradus_clinician TO gradus_admin;
    END IF;
EXCEPTION WHEN insufficient_privilege OR duplicate_object THEN
    RAISE NOTICE 'gradus: group roles not created: %', SQLERRM;
END
$do$)SQL";

const char* kHistoryGuard = R"SQL(
CREATE OR REPLACE FUNCTION gradus_history_guard() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
    IF session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'permission denied for table %', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Recorded history is corrected by an amendment; only the schema owner may '
                     'change or delete it.';
END
$f$)SQL";

// Whether `account` is a Gradus login (a member of the clinician group, not a superuser and
// not a group itself). Runs inside the definer functions below.
const char* kUserKnown = R"SQL(
CREATE OR REPLACE FUNCTION gradus_user_known(account text) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $f$
DECLARE
    r record;
BEGIN
    SELECT oid, rolsuper INTO r FROM pg_roles WHERE rolname = account;
    IF NOT FOUND OR r.rolsuper OR account IN ('gradus_clinician', 'gradus_admin') THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(r.oid, 'gradus_clinician', 'MEMBER');
END
$f$)SQL";

// The password arrives as a SCRAM verifier made on the client (ServerAccounts), so no
// statement, log line or error report on the server ever holds it in plain text.
const char* kUserAdd = R"SQL(
CREATE OR REPLACE FUNCTION gradus_user_add(account text, account_role text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
    IF account IS NULL OR account !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'invalid account name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF account_role IS NULL OR account_role NOT IN ('clinician', 'admin') THEN
        RAISE EXCEPTION 'invalid role' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account) THEN
        RAISE EXCEPTION 'role "%" already exists', account USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', account, verifier,
                   'gradus_' || account_role);
END
$f$)SQL";

const char* kUserLogin = R"SQL(
CREATE OR REPLACE FUNCTION gradus_user_login(account text, allowed boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
    IF NOT gradus_user_known(account) THEN
        RAISE EXCEPTION 'no Gradus account "%"', account USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', account, CASE WHEN allowed THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT allowed THEN
        -- Sessions already open end too, where the owner may end them.
        BEGIN
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = account;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END IF;
END
$f$)SQL";

// Administrators set anybody's password; a clinician only their own.
const char* kUserPassword = R"SQL(
CREATE OR REPLACE FUNCTION gradus_user_password(account text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
    IF session_user <> account AND session_user <> current_user
       AND NOT pg_has_role(session_user, 'gradus_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'permission denied for function gradus_user_password'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT gradus_user_known(account) THEN
        RAISE EXCEPTION 'no Gradus account "%"', account USING ERRCODE = 'undefined_object';
    END IF;
    IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', account, verifier);
END
$f$)SQL";

QString quoted(QString identifier)
{
    return u'"' + identifier.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

template <std::size_t N>
QString present(const char* const (&tables)[N], const QSet<QString>& existing)
{
    QStringList names;
    for (const char* table : tables)
        if (existing.contains(QLatin1String(table)))
            names << QString::fromLatin1(table);
    return names.join(QStringLiteral(", "));
}

Status run(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements)
        if (auto st = db.runStatement(sql); !st)
            return st;
    return {};
}

Status installGuard(Database& db, const QSet<QString>& existing)
{
    if (auto st = db.runStatement(QString::fromUtf8(kHistoryGuard)); !st)
        return st;
    for (const char* table : kHistory) {
        const QString name = QString::fromLatin1(table);
        if (!existing.contains(name))
            continue;
        if (auto st = run(
                db, {QStringLiteral("DROP TRIGGER IF EXISTS gradus_history_guard ON %1").arg(name),
                     QStringLiteral("CREATE TRIGGER gradus_history_guard BEFORE UPDATE "
                                    "OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                    "gradus_history_guard()")
                         .arg(name)});
            !st)
            return st;
    }
    return {};
}

} // namespace

Status ServerRoles::install(Database& db)
{
    if (db.backend() != SqlBackend::Postgres)
        return {};
    auto q = db.exec(QStringLiteral("SELECT current_schema(), (SELECT count(*) FROM pg_roles "
                                    "WHERE rolname IN ('gradus_clinician', 'gradus_admin'))"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("roles.schema"), tr("The database names no schema.")};
    const QString schema = quoted(q->value(0).toString());
    auto tables = db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                         "table_schema = current_schema() AND table_type = "
                                         "'BASE TABLE'"));
    if (!tables)
        return tables.error();
    QSet<QString> existing;
    while (tables->next())
        existing.insert(tables->value(0).toString());

    if (auto st = installGuard(db, existing); !st)
        return st;
    if (auto st = db.runStatement(QString::fromUtf8(kCreateGroups)); !st)
        return st;
    auto groups = db.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                         "('gradus_clinician', 'gradus_admin')"));
    if (!groups)
        return groups.error();
    if (!groups->next() || groups->value(0).toInt() != 2) {
        log()->warn("the group roles gradus_clinician and gradus_admin do not exist and the "
                    "schema owner may not create them; accounts are not set up");
        return {};
    }

    QStringList statements{
        // From nothing, so that a grant taken out of a later version does not linger.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, gradus_clinician, "
                       "gradus_admin")
            .arg(schema),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, gradus_clinician, "
                       "gradus_admin")
            .arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO gradus_clinician").arg(schema),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO gradus_clinician").arg(schema),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO gradus_clinician")
            .arg(schema),
    };
    const struct
    {
        QString tables;
        const char* privileges;
        const char* role;
    } grants[] = {
        {present(kClinicianInsert, existing), "INSERT", "gradus_clinician"},
        {present(kClinicianUpdate, existing), "UPDATE", "gradus_clinician"},
        {present(kClinicianDelete, existing), "DELETE", "gradus_clinician"},
        {present(kAdminWrite, existing), "INSERT, UPDATE, DELETE", "gradus_admin"},
    };
    for (const auto& grant : grants)
        if (!grant.tables.isEmpty())
            statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(QLatin1String(grant.privileges), grant.tables,
                                   QLatin1String(grant.role));

    for (const char* function : {kUserKnown, kUserAdd, kUserLogin, kUserPassword})
        statements << QString::fromUtf8(function);
    statements << QStringLiteral("REVOKE ALL ON FUNCTION gradus_user_known(text), "
                                 "gradus_user_add(text, text, text), gradus_user_login(text, "
                                 "boolean), gradus_user_password(text, text) FROM PUBLIC")
               << QStringLiteral("GRANT EXECUTE ON FUNCTION gradus_user_add(text, text, text), "
                                 "gradus_user_login(text, boolean) TO gradus_admin")
               << QStringLiteral("GRANT EXECUTE ON FUNCTION gradus_user_password(text, text) TO "
                                 "gradus_clinician");
    return run(db, statements);
}

} // namespace gradus
