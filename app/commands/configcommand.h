#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi config check FILE`: validates an office configuration.
[[nodiscard]] Command configCommand();

} // namespace Madoguchi::Cli
