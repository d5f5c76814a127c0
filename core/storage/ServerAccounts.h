#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gradus {

class Database;

// The clinic's accounts on a PostgreSQL server: each clinician signs in as their own
// PostgreSQL login role, a member of gradus_clinician or gradus_admin (storage/ServerRoles.h).
// Accounts are made and changed through the gradus_user_* functions, so the server's grants
// decide who may; an ordinary clinician gets ErrorKind::NeedsAdmin. Passwords never reach the
// server in plain text: they go as a SCRAM-SHA-256 verifier computed here, as psql's
// \password does, so no statement or server log holds them.
class ServerAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)

public:
    enum class Role
    {
        Clinician,
        Admin,
    };
    struct Account
    {
        QString name;
        Role role = Role::Clinician;
        bool enabled = true;
    };

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString& code);
    // Lower-case letters, digits, '_', '.' and '-', starting with a letter, at most 63.
    static Status checkName(const QString& name);
    static Status checkPassword(const QString& password);
    // The verifier PostgreSQL stores for `password` ("SCRAM-SHA-256$4096:salt$stored:server"),
    // with a fresh random salt.
    static QString scramVerifier(const QString& password);

    // Refuses a SQLite database (ErrorKind::Invalid): accounts exist only on a server.
    explicit ServerAccounts(Database& db);
    Status supported() const;

    Status add(const QString& name, Role role, const QString& password);
    Result<QList<Account>> list();
    Status setEnabled(const QString& name, bool enabled);
    Status setPassword(const QString& name, const QString& password);

private:
    Status call(const QString& sql, const QVariantList& values, const QString& name);
    Database& m_db;
};

} // namespace gradus
