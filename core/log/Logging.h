#pragma once

#include <spdlog/logger.h>

#include <QString>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>

namespace gradus::logging {

// Sets up the shared sinks: a rotating file in `logDirectory` (owner-only permissions) and,
// when `alsoToStderr` is true, warnings and worse on stderr. Installs a Qt message handler
// so Qt's own warnings land in the same log under the "qt" logger. Safe to call once per
// process; later calls are ignored.
void initialize(const QString& logDirectory, bool alsoToStderr);

// Sets up logging that goes nowhere (tests that do not care about log output).
void initializeSilent();

// The named logger for one module ("storage", "ui", "cli", ...), created on first use with
// the shared sinks. Log record ids and outcomes here, never patient names, notes or scores.
std::shared_ptr<spdlog::logger> get(const std::string& module);

// A module's name as a template argument (module<"storage">).
template <std::size_t N> struct ModuleName
{
    // Implicit, so that a string literal names the module.
    constexpr ModuleName(const char (&name)[N]) { std::copy_n(name, N, text); }
    char text[N] = {};
};

// get(Name), looked up on first use and kept, so that a file names its module once:
//     const auto log = &logging::module<"storage">;    ...    log()->info(...);
template <ModuleName Name> const std::shared_ptr<spdlog::logger>& module()
{
    static const auto logger = get(Name.text);
    return logger;
}

// Full path of the current log file, empty when logging to file is off.
QString logFilePath();

} // namespace gradus::logging
