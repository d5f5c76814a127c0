#include "model/VisitClinician.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace gradus {

QString defaultClinicianName()
{
    // The full name from the account's GECOS field reads best on a record ("Ada Example"
    // rather than "ada"); the login name is the fallback.
    if (const passwd* pw = ::getpwuid(::getuid())) {
        const QString gecos = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
        if (pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
    }
    for (const char* var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(var).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace gradus
