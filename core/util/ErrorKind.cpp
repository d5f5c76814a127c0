#include "util/ErrorKind.h"

#include "util/Result.h"

#include <QStringList>

namespace gradus {

QString errorKindCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unspecified:
    case ErrorKind::Failed:
        return QStringLiteral("failed");
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::NeedsAdmin:
        return QStringLiteral("needs_admin");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::Damaged:
        return QStringLiteral("damaged");
    case ErrorKind::NewerSchema:
        return QStringLiteral("newer_schema");
    case ErrorKind::NotGradus:
        return QStringLiteral("not_gradus");
    case ErrorKind::NoDatabase:
        return QStringLiteral("no_database");
    case ErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorKind::Authentication:
        return QStringLiteral("authentication");
    case ErrorKind::TlsRequired:
        return QStringLiteral("tls_required");
    }
    return QStringLiteral("failed");
}

int exitCodeForKind(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
        return 2;
    case ErrorKind::ReadOnly:
    case ErrorKind::Permission:
    case ErrorKind::DiskFull:
        return 3;
    case ErrorKind::Busy:
        return 4;
    case ErrorKind::Damaged:
    case ErrorKind::NewerSchema:
    case ErrorKind::NotGradus:
    case ErrorKind::NoDatabase:
        return 5;
    case ErrorKind::Unreachable:
    case ErrorKind::Authentication:
    case ErrorKind::TlsRequired:
        return 6;
    case ErrorKind::Unspecified:
    case ErrorKind::Failed:
    case ErrorKind::Refused:
    case ErrorKind::Conflict:
    case ErrorKind::NeedsAdmin:
        return 1;
    }
    return 1;
}

ErrorKind Error::kind() const
{
    if (explicitKind != ErrorKind::Unspecified)
        return explicitKind;
    // Codes are "<area>.<what>"; the suffix names the kind for errors that predate the
    // taxonomy. New code sets explicitKind instead of relying on this.
    const QString what = code.section(u'.', -1);
    static const QStringList invalid = {QStringLiteral("invalid"), QStringLiteral("duplicate"),
                                        QStringLiteral("clinic_number_taken"),
                                        QStringLiteral("already_open"), QStringLiteral("closed")};
    if (what == QLatin1String("not_found"))
        return ErrorKind::NotFound;
    if (invalid.contains(what))
        return ErrorKind::Invalid;
    if (what == QLatin1String("conflict") || what == QLatin1String("stale"))
        return ErrorKind::Conflict;
    return ErrorKind::Failed;
}

} // namespace gradus
