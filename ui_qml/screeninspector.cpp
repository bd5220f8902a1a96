// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeninspector.h"

#include "text/phrasebreaks.h"
#include "theme/contrast.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

bool isText(const QQuickItem &item)
{
    return item.inherits("QQuickText");
}

bool isShown(const QQuickItem &item)
{
    return item.isVisible() && item.opacity() >= 0.01;
}

QString nameOf(const QQuickItem &item)
{
    const QString text = item.property("text").toString();
    return u"\"%1\""_s.arg(withoutBreakMarks(text.isEmpty() ? item.objectName() : text).left(40));
}

// The lines a text is laid out in, as Qt's Text item lays them out: [start, end) of each.
QList<std::pair<qsizetype, qsizetype>> lines(const QQuickItem &item, const QString &text)
{
    QTextLayout layout(text, item.property("font").value<QFont>());
    QTextOption option;
    const int mode = item.property("wrapMode").toInt();
    option.setWrapMode(mode == 1       ? QTextOption::WordWrap
                           : mode == 3 ? QTextOption::WrapAnywhere
                                       : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const qreal width = item.width() - item.property("leftPadding").toReal() - item.property("rightPadding").toReal();
    QList<std::pair<qsizetype, qsizetype>> found;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        found.append({line.textStart(), line.textStart() + line.textLength()});
    }
    layout.endLayout();
    return found;
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

// The terms split by a line break: a break falls inside an occurrence (joiners and marks aside).
QStringList splitTerms(const QQuickItem &item, const QString &text, const QStringList &terms)
{
    if (item.property("wrapMode").toInt() == 0 || terms.isEmpty())
        return {};
    const auto laidOut = lines(item, text);
    if (laidOut.size() < 2)
        return {};
    // The visible characters and where each stands in the text.
    QString visible;
    QList<qsizetype> at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QChar(0x2060) && text.at(i) != QChar(0x200B)) {
            visible.append(text.at(i));
            at.append(i);
        }
    }
    QStringList split;
    for (const QString &term : terms) {
        for (qsizetype from = visible.indexOf(term); from >= 0 && term.size() > 1; from = visible.indexOf(term, from + 1)) {
            const qsizetype first = at.at(from);
            const qsizetype last = at.at(from + term.size() - 1);
            const bool broken = std::any_of(laidOut.cbegin() + 1, laidOut.cend(),
                                            [&](const auto &line) { return line.first > first && line.first <= last; });
            if (broken && !split.contains(term))
                split.append(term);
        }
    }
    return split;
}

bool isIdeographic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || script == QChar::Script_Hangul;
    });
}

// The height of the text's glyphs in pixels: an ideograph's for CJK text, a capital's for the rest.
double glyphPixels(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return isIdeographic(text) ? metrics.tightBoundingRect(u"国"_s).height() : metrics.capHeight();
}

// The pixel size a text is drawn at: its font's, or less for one that shrinks to fit its width.
qreal drawnPixelSize(const QQuickItem &text)
{
    const QFont font = text.property("font").value<QFont>();
    if (text.property("fontSizeMode").toInt() == 0)
        return font.pixelSize();
    const qreal natural = QFontMetricsF(font).horizontalAdvance(text.property("text").toString());
    const qreal available = text.width() - text.property("leftPadding").toReal() - text.property("rightPadding").toReal();
    return natural > available && natural > 0 ? font.pixelSize() * available / natural : font.pixelSize();
}

// The opaque colour an item is drawn on: its own background (a Label's or a control's), the nearest
// enclosing rectangle, or the window.
QColor backgroundOf(const QQuickItem &start, const QQuickWindow &window)
{
    for (const QQuickItem *item = &start; item; item = item->parentItem()) {
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

bool takesKeyboardFocus(const QQuickItem &item)
{
    return item.inherits("QQuickControl") && item.isEnabled() && (item.property("focusPolicy").toInt() & Qt::TabFocus);
}

void inspectFocusRing(const QQuickItem &control, const QQuickWindow &window, QStringList &problems)
{
    const auto *ring = control.property("focusRing").value<QQuickItem *>();
    if (!ring) {
        problems.append(nameOf(control) + u": no focus ring"_s);
        return;
    }
    const QColor inner = ring->property("innerColor").value<QColor>();
    const QColor outer = ring->property("outerColor").value<QColor>();
    const QColor fill = backgroundOf(control, window);
    const QColor behind = control.parentItem() ? backgroundOf(*control.parentItem(), window) : window.color();
    const double againstControl = std::max(contrastRatio(inner, fill), contrastRatio(outer, fill));
    const double againstBehind = std::max(contrastRatio(inner, behind), contrastRatio(outer, behind));
    if (againstControl < 3.0 || againstBehind < 3.0)
        problems.append(
            nameOf(control)
            + u": focus ring contrast %1:1 with the control, %2:1 with what it stands on, needs 3:1"_s.arg(againstControl, 0, 'f', 2)
                  .arg(againstBehind, 0, 'f', 2));
}

/// `seen`: the part of the window a clipping ancestor (a list, a scrolled pane) lets show; a text
/// scrolled wholly out of it is not on the screen and not inspected.
void inspectText(const QQuickItem &item, QQuickWindow &window, const InspectionRules &rules, const QRectF &seen, QStringList &problems)
{
    const QString text = item.property("text").toString();
    if (withoutBreakMarks(text).trimmed().isEmpty())
        return;
    const QRectF onWindow = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()));
    const QRectF shown = onWindow.intersected(seen);
    if (!shown.isValid() && onWindow.isValid())
        return;
    const QString name = nameOf(item);
    const QFont font = item.property("font").value<QFont>();
    if (hasMissingGlyph(text, font))
        problems.append(name + u": a character has no glyph (a box is drawn)"_s);
    if (item.property("truncated").toBool())
        problems.append(name + u": cut off (elided)"_s);
    const bool wraps = item.property("wrapMode").toInt() != 0;
    // A text that shrinks to fit is laid out at the size it is drawn at: wider than its box means it
    // would need to go below its floor (minimumPixelSize).
    const bool fits = item.property("fontSizeMode").toInt() != 0;
    if (!wraps && item.property("contentWidth").toReal() > item.width() + 1 && item.width() > 0)
        problems.append(name + (fits ? u": wider than its box even at the smallest size"_s : u": wider than its box"_s));
    const QRectF part = shown.isValid() ? shown : onWindow;
    if (part.right() > window.width() + 1 || part.bottom() > window.height() + 1 || part.left() < -1 || part.top() < -1)
        problems.append(name + u": outside the window"_s);
    const QColor color = item.property("color").value<QColor>();
    const double contrast = contrastRatio(color, backgroundOf(item, window));
    if (item.isEnabled() && contrast < rules.minimumContrast)
        problems.append(name + u": contrast %1:1, needs %2:1"_s.arg(contrast, 0, 'f', 2).arg(rules.minimumContrast));
    for (const QString &term : splitTerms(item, text, rules.terms))
        problems.append(name + u": the term \"%1\" is split across two lines"_s.arg(term));
    if (rules.board && rules.board->pixelsPerMillimetre > 0) {
        const double millimetres = glyphPixels(text, font) / rules.board->pixelsPerMillimetre;
        const double needed = readableGlyphMillimetres(rules.board->metres, isIdeographic(text));
        if (millimetres + 0.05 < needed)
            problems.append(name
                            + u": glyphs %1 mm high, need %2 mm to be read from %3 m"_s.arg(millimetres, 0, 'f', 1)
                                  .arg(needed, 0, 'f', 1)
                                  .arg(rules.board->metres));
    }
}

void inspect(const QQuickItem &item, QQuickWindow &window, const InspectionRules &rules, QRectF seen, QStringList &problems)
{
    if (!isShown(item))
        return;
    if (isText(item))
        inspectText(item, window, rules, seen, problems);
    if (takesKeyboardFocus(item))
        inspectFocusRing(item, window, problems);
    if (item.clip())
        seen = seen.intersected(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())));
    const QList<QQuickItem *> children = item.childItems();
    for (const QQuickItem *child : children)
        inspect(*child, window, rules, seen, problems);
}

void findControlsAbove(const QQuickItem &item, double top, QStringList &problems)
{
    if (!isShown(item))
        return;
    if (item.inherits("QQuickControl") && item.isEnabled() && item.acceptedMouseButtons() != Qt::NoButton) {
        const QRectF onWindow = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()));
        if (onWindow.top() < top)
            problems.append(
                u"%1: control at y=%2, above the reach line y=%3"_s.arg(nameOf(item)).arg(onWindow.top(), 0, 'f', 0).arg(top, 0, 'f', 0));
        return; // a control's own parts are part of it
    }
    const QList<QQuickItem *> children = item.childItems();
    for (const QQuickItem *child : children)
        findControlsAbove(*child, top, problems);
}

void collect(const QQuickItem &item, QList<const QQuickItem *> &controls, QList<const QQuickItem *> &texts)
{
    if (!isShown(item))
        return;
    if (item.inherits("QQuickControl"))
        controls.append(&item);
    if (isText(item) && !withoutBreakMarks(item.property("text").toString()).trimmed().isEmpty())
        texts.append(&item);
    const QList<QQuickItem *> children = item.childItems();
    for (const QQuickItem *child : children)
        collect(*child, controls, texts);
}

} // namespace

double readableGlyphMillimetres(double metres, bool ideographic)
{
    return metres * (ideographic ? 4.0 : 3.0);
}

QStringList controlsAbove(QQuickWindow &window, double top)
{
    QStringList problems;
    findControlsAbove(*window.contentItem(), top, problems);
    return problems;
}

QStringList inspectScreen(QQuickWindow &window, const InspectionRules &rules)
{
    QStringList problems;
    // Everything may show beyond the window: a text there is reported as outside it.
    constexpr double kUnbounded = 1e6;
    inspect(*window.contentItem(), window, rules, QRectF(-kUnbounded, -kUnbounded, 2 * kUnbounded, 2 * kUnbounded), problems);
    return problems;
}

QQuickItem *itemNamed(QQuickWindow &window, const QString &objectName)
{
    QList<QQuickItem *> pending{window.contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (item->objectName() == objectName)
            return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

QStringList wrappedRow(QQuickWindow &window, const QString &objectName, int minimumPixelSize)
{
    const QQuickItem *row = itemNamed(window, objectName);
    if (!row || !isShown(*row))
        return {u"no row named %1 is shown"_s.arg(objectName)};
    QList<const QQuickItem *> controls;
    QList<const QQuickItem *> texts;
    collect(*row, controls, texts);
    QStringList problems;
    // Side by side: every control's vertical centre within the first one's height.
    for (const QQuickItem *control : std::as_const(controls)) {
        const QRectF first =
            controls.constFirst()->mapRectToScene(QRectF(0, 0, controls.constFirst()->width(), controls.constFirst()->height()));
        const QRectF box = control->mapRectToScene(QRectF(0, 0, control->width(), control->height()));
        if (box.center().y() < first.top() || box.center().y() > first.bottom())
            problems.append(u"%1: on another row of %2 than %3"_s.arg(nameOf(*control), objectName, nameOf(*controls.constFirst())));
    }
    for (const QQuickItem *text : std::as_const(texts)) {
        if (text->property("lineCount").toInt() > 1)
            problems.append(u"%1: wraps onto %2 lines in %3"_s.arg(nameOf(*text)).arg(text->property("lineCount").toInt()).arg(objectName));
        const qreal drawn = drawnPixelSize(*text);
        if (drawn + 0.5 < minimumPixelSize)
            problems.append(u"%1: needs %2 px to fit in %3, less than %4 px"_s.arg(nameOf(*text))
                                .arg(drawn, 0, 'f', 1)
                                .arg(objectName)
                                .arg(minimumPixelSize));
    }
    return problems;
}

} // namespace Madoguchi
