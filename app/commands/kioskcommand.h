// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi kiosk --server URL --token TOKEN`: the ticket kiosk's window.
[[nodiscard]] Command kioskCommand();

} // namespace Madoguchi::Cli
