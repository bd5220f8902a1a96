// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi config check FILE`: validates an office configuration.
[[nodiscard]] Command configCommand();

} // namespace Madoguchi::Cli
