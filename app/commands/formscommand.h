// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi forms fields|list|render|print`: the shared field catalogue that profiles and form
/// definitions use, the forms, and forms filled from a profile file as PDF, PNG, JSON or CSV, or
/// printed through the print system.
[[nodiscard]] Command formsCommand();

} // namespace Madoguchi::Cli
