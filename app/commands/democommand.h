// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi demo`: a simulated office day on the real queue engine, printed as it happens.
[[nodiscard]] Command demoCommand();

} // namespace Madoguchi::Cli
