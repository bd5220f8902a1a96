// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeninspector.h"

#include "theme/contrast.h"

#include <QGlyphRun>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRawFont>
#include <QTextLayout>

namespace Madoguchi {

namespace {

bool isText(const QQuickItem &item)
{
    return item.inherits("QQuickText");
}

// True when a character of the text has no glyph in the font or in any font Qt falls back to.
bool hasMissingGlyph(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (layout.createLine().isValid()) { }
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QList<quint32> glyphs = run.glyphIndexes();
        if (std::find(glyphs.cbegin(), glyphs.cend(), 0u) != glyphs.cend())
            return true;
    }
    return false;
}

// The opaque colour a text is drawn on: its own background (a Label's), the nearest enclosing
// rectangle, a control's background, or the window.
QColor backgroundOf(const QQuickItem &text, const QQuickWindow &window)
{
    for (const QQuickItem *item = &text; item; item = item->parentItem()) {
        if (const auto *background = item->property("background").value<QQuickItem *>();
            background && background->isVisible() && background->inherits("QQuickRectangle") && background->opacity() > 0.99) {
            const QColor color = background->property("color").value<QColor>();
            if (color.alpha() == 255)
                return color;
        }
        if (item->inherits("QQuickRectangle") && item->opacity() > 0.99) {
            const QColor color = item->property("color").value<QColor>();
            if (color.alpha() == 255)
                return color;
        }
    }
    return window.color();
}

void inspect(const QQuickItem &item, QQuickWindow &window, double minimumContrast, QStringList &problems)
{
    if (!item.isVisible() || item.opacity() < 0.01)
        return;
    if (isText(item)) {
        const QString text = item.property("text").toString();
        if (!text.trimmed().isEmpty()) {
            const QString name = QStringLiteral("\"%1\"").arg(text.left(40));
            const QFont font = item.property("font").value<QFont>();
            if (hasMissingGlyph(text, font))
                problems.append(name + QStringLiteral(": a character has no glyph (a box is drawn)"));
            if (item.property("truncated").toBool())
                problems.append(name + QStringLiteral(": cut off (elided)"));
            const bool wraps = item.property("wrapMode").toInt() != 0;
            if (!wraps && item.property("contentWidth").toReal() > item.width() + 1 && item.width() > 0)
                problems.append(name + QStringLiteral(": wider than its box"));
            const QRectF onWindow = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()));
            if (onWindow.right() > window.width() + 1 || onWindow.bottom() > window.height() + 1 || onWindow.left() < -1
                || onWindow.top() < -1)
                problems.append(name + QStringLiteral(": outside the window"));
            const QColor color = item.property("color").value<QColor>();
            const double contrast = contrastRatio(color, backgroundOf(item, window));
            if (item.isEnabled() && contrast < minimumContrast)
                problems.append(name + QStringLiteral(": contrast %1:1, needs %2:1").arg(contrast, 0, 'f', 2).arg(minimumContrast));
        }
    }
    const QList<QQuickItem *> children = item.childItems();
    for (const QQuickItem *child : children)
        inspect(*child, window, minimumContrast, problems);
}

void findControlsAbove(const QQuickItem &item, double top, QStringList &problems)
{
    if (!item.isVisible() || item.opacity() < 0.01)
        return;
    if (item.inherits("QQuickControl") && item.isEnabled() && item.acceptedMouseButtons() != Qt::NoButton) {
        const QRectF onWindow = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()));
        if (onWindow.top() < top)
            problems.append(QStringLiteral("\"%1\": control at y=%2, above the reach line y=%3")
                                .arg(item.property("text").toString().left(40))
                                .arg(onWindow.top(), 0, 'f', 0)
                                .arg(top, 0, 'f', 0));
        return; // a control's own parts are part of it
    }
    const QList<QQuickItem *> children = item.childItems();
    for (const QQuickItem *child : children)
        findControlsAbove(*child, top, problems);
}

} // namespace

QStringList controlsAbove(QQuickWindow &window, double top)
{
    QStringList problems;
    findControlsAbove(*window.contentItem(), top, problems);
    return problems;
}

QStringList inspectScreen(QQuickWindow &window, double minimumContrast)
{
    QStringList problems;
    inspect(*window.contentItem(), window, minimumContrast, problems);
    return problems;
}

} // namespace Madoguchi
