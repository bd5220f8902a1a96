// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi guide list|plan`: the life-event guide's catalogue (life events, questions,
/// procedures), and what one life event and a resident's answers call for, with the route.
[[nodiscard]] Command guideCommand();

} // namespace Madoguchi::Cli
