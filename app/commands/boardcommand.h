// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi board --server URL --token TOKEN`: the display board's window.
[[nodiscard]] Command boardCommand();

} // namespace Madoguchi::Cli
