// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Madoguchi {

/// WCAG 2 relative luminance of an opaque colour (0 black … 1 white), from its sRGB components.
[[nodiscard]] double relativeLuminance(const QColor &color);

/// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white). Text needs at least
/// 4.5:1 (AA) and 7:1 (AAA); the Theme promises 4.5:1 everywhere and 7:1 in high-contrast mode.
[[nodiscard]] double contrastRatio(const QColor &first, const QColor &second);

} // namespace Madoguchi
