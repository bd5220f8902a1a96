// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Madoguchi {

/// A new unguessable public token: 128 bits from the system's secure random source, base64url,
/// 22 characters. It names a visit on public pages; it never reveals a ticket number.
[[nodiscard]] QString newPublicToken();

} // namespace Madoguchi
