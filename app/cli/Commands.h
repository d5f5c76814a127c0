#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace gradus::cli {

// Every top-level command, in the order `gradus-cli --help` lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace gradus::cli
