#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi counter --server URL --counter N`: the counter console's window.
[[nodiscard]] Command counterCommand();

} // namespace Madoguchi::Cli
