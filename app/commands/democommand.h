#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi demo`: a simulated office day on the real queue engine, printed as it happens.
[[nodiscard]] Command demoCommand();

} // namespace Madoguchi::Cli
