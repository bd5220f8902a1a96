// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickWindow;

namespace Madoguchi {

/// Checks what a window shows, item by item, as a person would: every visible text has a glyph for
/// each of its characters (no boxes), is not cut off (elided, or wider than its box without
/// wrapping) and lies inside the window, and stands out from what it is drawn on by at least
/// `minimumContrast` (WCAG 2). Returns one line per problem, naming the text.
[[nodiscard]] QStringList inspectScreen(QQuickWindow &window, double minimumContrast);

/// Checks that every visible control (button, field) lies wholly below `top` (in window pixels):
/// within reach from a wheelchair when the kiosk's low layout is on. One line per control above it.
[[nodiscard]] QStringList controlsAbove(QQuickWindow &window, double top);

} // namespace Madoguchi
