#pragma once

#include <QStringList>

class QQuickWindow;

namespace Madoguchi {

/// Checks what a window shows, item by item, as a person would: every visible text has a glyph for
/// each of its characters (no boxes), is not cut off (elided, or wider than its box without
/// wrapping) and lies inside the window, and stands out from what it is drawn on by at least
/// `minimumContrast` (WCAG 2). Returns one line per problem, naming the text.
[[nodiscard]] QStringList inspectScreen(QQuickWindow &window, double minimumContrast);

} // namespace Madoguchi
