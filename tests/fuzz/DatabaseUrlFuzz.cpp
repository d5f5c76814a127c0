// libFuzzer target: the database address given on the command line or in $GRADUS_DATABASE.
// Any text must give a location or an error with a message, never a crash; a parsed server
// address must show the same displayName() whatever its password.
#include "connection/DatabaseLocation.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto location = gradus::DatabaseLocation::parse(text);
    if (!location) {
        if (location.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QString shown = location->displayName();
    if (location->backend == gradus::SqlBackend::Postgres) {
        // What is shown does not depend on the password at all.
        gradus::DatabaseLocation other = *location;
        other.password = location->password + QStringLiteral("-other");
        if (other.displayName() != shown)
            std::abort();
        (void)location->connectOptions();
    }
    return 0;
}
