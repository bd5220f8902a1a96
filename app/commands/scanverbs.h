// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Madoguchi::Cli {

/// `madoguchi devices scan --scanner URI [--count N]`: prints each scan as the kiosk understands it.
[[nodiscard]] int scanVerb(const QStringList &arguments);

/// `madoguchi devices decode-image FILE`: prints the codes found in a picture.
[[nodiscard]] int decodeImageVerb(const QStringList &arguments);

} // namespace Madoguchi::Cli
