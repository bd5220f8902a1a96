// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi devices …`: the installer's diagnostics (list, print-test, printer-status, card-read,
/// scan, decode-image).
[[nodiscard]] Command devicesCommand();

} // namespace Madoguchi::Cli
