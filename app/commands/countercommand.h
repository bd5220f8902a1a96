// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi counter --server URL --counter N`: the counter console's window.
[[nodiscard]] Command counterCommand();

} // namespace Madoguchi::Cli
