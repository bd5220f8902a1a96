// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi server --config FILE [--listen ADDR:PORT] [--data DIR]`: the headless office server.
[[nodiscard]] Command serverCommand();

} // namespace Madoguchi::Cli
