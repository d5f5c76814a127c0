#include "storage/ServerAccounts.h"

#include "log/Logging.h"
#include "storage/Database.h"
#include "storage/StoreError.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gradus {
namespace {

const auto log = &logging::module<"storage">;

constexpr int kScramIterations = 4096; // PostgreSQL's own default

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// SASLprep as PostgreSQL applies it (pg_saslprep): an ASCII password is used as it is; any
// other is mapped (other spaces to a space, invisible characters removed) and NFKC-normalised.
QByteArray prepared(const QString& password)
{
    const bool ascii =
        std::all_of(password.begin(), password.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return password.toUtf8();
    QString mapped;
    for (QChar c : password) {
        const char16_t u = c.unicode();
        const bool nothing = u == 0x00AD || u == 0x034F || u == 0x1806 ||
                             (u >= 0x180B && u <= 0x180D) || (u >= 0x200B && u <= 0x200D) ||
                             u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF;
        if (nothing)
            continue;
        mapped += c.category() == QChar::Separator_Space ? QChar(u' ') : c;
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < out.size(); ++b)
            out[b] = static_cast<char>(out[b] ^ u[b]);
    }
    return out;
}

} // namespace

QString ServerAccounts::roleCode(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("clinician");
}

std::optional<ServerAccounts::Role> ServerAccounts::roleFromCode(const QString& code)
{
    if (code == QLatin1String("clinician"))
        return Role::Clinician;
    if (code == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

Status ServerAccounts::checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Error{QStringLiteral("user.invalid"),
                     tr("'%1' cannot be an account name: use lower-case letters, digits, '_', "
                        "'.' or '-', starting with a letter (at most 63).")
                         .arg(name),
                     ErrorKind::Invalid};
    if (name.startsWith(QLatin1String("gradus_")) || name.startsWith(QLatin1String("pg_")))
        return Error{QStringLiteral("user.invalid"),
                     tr("'%1' cannot be an account name: names starting with 'gradus_' or 'pg_' "
                        "are kept for the server's own roles.")
                         .arg(name),
                     ErrorKind::Invalid};
    return {};
}

Status ServerAccounts::checkPassword(const QString& password)
{
    if (password.size() < 8)
        return Error{QStringLiteral("user.password"),
                     tr("The password must have at least 8 characters."), ErrorKind::Invalid};
    if (password.contains(u'\n') || password.contains(u'\r') || password.contains(QChar(0)))
        return Error{QStringLiteral("user.password"), tr("The password must be one line of text."),
                     ErrorKind::Invalid};
    return {};
}

QString ServerAccounts::scramVerifier(const QString& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& b : salt)
        b = static_cast<char>(random->bounded(256));
    const QByteArray salted = pbkdf2Sha256(prepared(password), salt, kScramIterations);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

ServerAccounts::ServerAccounts(Database& db) : m_db(db) {}

Status ServerAccounts::supported() const
{
    if (m_db.backend() == SqlBackend::Postgres)
        return {};
    return Error{QStringLiteral("user.sqlite"),
                 tr("Accounts exist only on a database server (PostgreSQL). This clinic's "
                    "database is a file on this computer, where the clinician's name is taken "
                    "from the computer's user."),
                 ErrorKind::Invalid};
}

Status ServerAccounts::call(const QString& sql, const QVariantList& values, const QString& name)
{
    if (auto st = supported(); !st)
        return st;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return StoreError::fromStatement(QStringLiteral("user.prepare"), q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec())
        return {};
    const QSqlError failure = q.lastError();
    const QString state = failure.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return StoreError::needsAdministrator(QStringLiteral("user.refused"), failure,
                                              StoreError::accountName(m_db.location()));
    if (state == QLatin1String("42710"))
        return Error{QStringLiteral("user.exists"),
                     tr("There is already an account or role named %1 on this database server. "
                        "Nothing was changed.")
                         .arg(name),
                     ErrorKind::Invalid};
    if (state == QLatin1String("42704"))
        return Error{QStringLiteral("user.not_found"),
                     tr("There is no Gradus account named %1 on this database server.").arg(name),
                     ErrorKind::NotFound};
    if (state == QLatin1String("42883")) // undefined_function: the roles were never set up
        return Error{QStringLiteral("user.unavailable"),
                     tr("This database has no accounts set up: its owner could not create the "
                        "roles gradus_clinician and gradus_admin (the owner needs the CREATEROLE "
                        "right). Ask the server's administrator."),
                     ErrorKind::Failed};
    return StoreError::fromStatement(QStringLiteral("user.failed"), failure);
}

Status ServerAccounts::add(const QString& name, Role role, const QString& password)
{
    if (auto st = checkName(name); !st)
        return st;
    if (auto st = checkPassword(password); !st)
        return st;
    auto st = call(QStringLiteral("SELECT gradus_user_add(?, ?, ?)"),
                   {name, roleCode(role), scramVerifier(password)}, name);
    if (st)
        log()->info("account added ({})", roleCode(role).toStdString());
    return st;
}

Status ServerAccounts::setEnabled(const QString& name, bool enabled)
{
    auto st = call(QStringLiteral("SELECT gradus_user_login(?, ?)"), {name, enabled}, name);
    if (st)
        log()->info("account {}", enabled ? "enabled" : "disabled");
    return st;
}

Status ServerAccounts::setPassword(const QString& name, const QString& password)
{
    if (auto st = checkPassword(password); !st)
        return st;
    auto st = call(QStringLiteral("SELECT gradus_user_password(?, ?)"),
                   {name, scramVerifier(password)}, name);
    if (st)
        log()->info("account password changed");
    return st;
}

Result<QList<ServerAccounts::Account>> ServerAccounts::list()
{
    if (auto st = supported(); !st)
        return st.error();
    auto groups = m_db.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                           "('gradus_clinician', 'gradus_admin')"));
    if (!groups)
        return groups.error();
    if (!groups->next() || groups->value(0).toInt() != 2)
        return QList<Account>{};
    auto q = m_db.exec(QStringLiteral(
        "SELECT r.rolname, pg_has_role(r.oid, 'gradus_admin', 'MEMBER'), r.rolcanlogin "
        "FROM pg_roles r WHERE NOT r.rolsuper AND r.rolname NOT IN ('gradus_clinician', "
        "'gradus_admin') AND pg_has_role(r.oid, 'gradus_clinician', 'MEMBER') "
        "ORDER BY r.rolname"));
    if (!q)
        return q.error();
    QList<Account> accounts;
    while (q->next())
        accounts.append({q->value(0).toString(),
                         q->value(1).toBool() ? Role::Admin : Role::Clinician,
                         q->value(2).toBool()});
    return accounts;
}

} // namespace gradus
