// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QQuickItem;
class QQuickWindow;

namespace Madoguchi {

/// How far a display board is read from, for the inspector's glyph-height check.
struct ReadingDistance {
    double metres = 0;
    double pixelsPerMillimetre = 0; ///< of the screen the window fills
};

/// What inspectScreen() holds a window to.
struct InspectionRules {
    double minimumContrast = 4.5;         ///< text against what it is drawn on (WCAG 2)
    QStringList terms;                    ///< phrases that must never be split across two lines
    std::optional<ReadingDistance> board; ///< every text readable from this far
};

/// The smallest glyph height, in millimetres, readable from `metres` away: about 4 mm a metre for
/// Japanese and Chinese characters (and Korean), 3 mm for Latin capitals and other scripts.
[[nodiscard]] double readableGlyphMillimetres(double metres, bool ideographic);

/// Checks what a window shows, item by item, as a person would: every visible text has a glyph for
/// each of its characters (no boxes), is not cut off (elided, or wider than its box) and lies inside
/// the window, stands out from what it is drawn on by the rules' contrast, splits none of the rules'
/// terms across lines, and (for a board) is tall enough to read from its distance. Every control a
/// keyboard can reach has a focus ring (its `focusRing` item, with `innerColor` and `outerColor`) that
/// stands out 3:1 from the control and from what the control stands on. One line per problem.
[[nodiscard]] QStringList inspectScreen(QQuickWindow &window, const InspectionRules &rules);

/// Checks that every visible control (button, field) lies wholly below `top` (in window pixels):
/// within reach from a wheelchair when the kiosk's low layout is on. One line per control above it.
[[nodiscard]] QStringList controlsAbove(QQuickWindow &window, double top);

/// The first item (breadth first) of the window's scene with this objectName, or null.
[[nodiscard]] QQuickItem *itemNamed(QQuickWindow &window, const QString &objectName);

/// Checks that the item named `objectName` is one row: its controls side by side, each text on one
/// line and at least `minimumPixelSize` high once shrunk to fit. One line per problem.
[[nodiscard]] QStringList wrappedRow(QQuickWindow &window, const QString &objectName, int minimumPixelSize);

} // namespace Madoguchi
