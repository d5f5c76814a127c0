#include "util/ErrorKind.h"

#include "util/EnumTable.h"
#include "util/Result.h"

#include <QStringList>

namespace gradus {

namespace {

// Each kind's stable key and exit status, as ErrorKind.h lists them. An unclassified error
// reads as the generic failure.
struct KindRow
{
    ErrorKind value;
    int exitCode;
    const char* key;
};

constexpr KindRow kKinds[] = {
    {ErrorKind::Failed, 1, "failed"},
    {ErrorKind::Unspecified, 1, "failed"},
    {ErrorKind::Invalid, 2, "invalid"},
    {ErrorKind::NotFound, 2, "not_found"},
    {ErrorKind::Refused, 1, "refused"},
    {ErrorKind::Conflict, 1, "conflict"},
    {ErrorKind::NeedsAdmin, 1, "needs_admin"},
    {ErrorKind::ReadOnly, 3, "read_only"},
    {ErrorKind::Permission, 3, "permission"},
    {ErrorKind::DiskFull, 3, "disk_full"},
    {ErrorKind::Busy, 4, "busy"},
    {ErrorKind::Damaged, 5, "damaged"},
    {ErrorKind::NewerSchema, 5, "newer_schema"},
    {ErrorKind::NotGradus, 5, "not_gradus"},
    {ErrorKind::NoDatabase, 5, "no_database"},
    {ErrorKind::Unreachable, 6, "unreachable"},
    {ErrorKind::Authentication, 6, "authentication"},
    {ErrorKind::TlsRequired, 6, "tls_required"},
};

} // namespace

QString errorKindCode(ErrorKind kind)
{
    const KindRow* row = enumTable::find(kKinds, kind);
    return QString::fromLatin1(row ? row->key : "failed");
}

int exitCodeForKind(ErrorKind kind)
{
    const KindRow* row = enumTable::find(kKinds, kind);
    return row ? row->exitCode : 1;
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
