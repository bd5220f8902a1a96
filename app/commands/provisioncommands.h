// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Madoguchi::Cli {

/// `madoguchi token new --config FILE --role kiosk|board|counter --name NAME`: a device token;
/// `madoguchi token revoke --config FILE --name NAME`: revokes it.
[[nodiscard]] Command tokenCommand();
/// `madoguchi staff add --config FILE --login L --role clerk|supervisor|admin`: a staff account;
/// `madoguchi staff disable --config FILE --login L`: disables it.
[[nodiscard]] Command staffCommand();
/// `madoguchi audit list --config FILE [--days N]`: the audit log of credentials.
[[nodiscard]] Command auditCommand();

} // namespace Madoguchi::Cli
