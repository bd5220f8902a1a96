#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi token new --config FILE --role kiosk|board|counter --name NAME`: a device token.
[[nodiscard]] Command tokenCommand();
/// `madoguchi staff add --config FILE --login L --role clerk|supervisor|admin`: a staff account.
[[nodiscard]] Command staffCommand();

} // namespace Madoguchi::Cli
