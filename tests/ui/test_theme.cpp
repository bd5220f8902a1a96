// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Theme singleton: WCAG contrast of every text colour on its background in both modes, touch
// targets of at least 9 mm, the contrast arithmetic itself, and the screen inspector the screenshot
// tours run on every screen.
#include "screeninspector.h"
#include "theme/contrast.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(Madoguchi_UiPlugin)

using namespace Madoguchi;

TEST_CASE("Contrast ratios follow WCAG 2", "[theme]")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(contrastRatio(QColor(u"#777777"), Qt::white) == Approx(4.48).epsilon(0.01)); // the classic just-fails grey
    CHECK(contrastRatio(QColor(u"#0A4F99"), QColor(u"#0A4F99")) == Approx(1.0));
    CHECK(relativeLuminance(QColor(u"#FF0000")) == Approx(0.2126));
}

namespace {

std::unique_ptr<QObject> themeProbe(QQmlEngine &engine, bool highContrast, bool largeText)
{
    QQmlComponent component(&engine);
    component.setData(
        QStringLiteral("import QtQuick\nimport Madoguchi.Ui\nQtObject {\n"
                       "  property var theme: Theme\n"
                       "  Component.onCompleted: { Theme.highContrast = %1; Theme.largeText = %2; Theme.pixelsPerMillimetre = 3.78 }\n"
                       "}\n")
            .arg(highContrast ? u"true" : u"false", largeText ? u"true" : u"false")
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/probe.qml")));
    std::unique_ptr<QObject> probe(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(probe);
    return probe;
}

QObject *theme(const QObject &probe)
{
    return probe.property("theme").value<QObject *>();
}

} // namespace

namespace {

// Checks each {name, foreground, background} the Theme's function lists at the ratio it needs, in both schemes.
void checkPairs(const char *list, qsizetype atLeast, double normal, double highContrastNeeded)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    for (const bool highContrast : {false, true}) {
        const auto probe = themeProbe(engine, highContrast, false);
        QVariant listed;
        REQUIRE(QMetaObject::invokeMethod(theme(*probe), list, Q_RETURN_ARG(QVariant, listed)));
        const QVariantList pairs = listed.toList();
        REQUIRE(pairs.size() >= atLeast);
        for (const QVariant &pair : pairs) {
            const QVariantMap entry = pair.toMap();
            const auto foreground = entry.value(QStringLiteral("foreground")).value<QColor>();
            const auto background = entry.value(QStringLiteral("background")).value<QColor>();
            INFO((highContrast ? "high contrast: " : "normal: ") << entry.value(QStringLiteral("name")).toString().toStdString());
            REQUIRE(foreground.isValid());
            REQUIRE(background.isValid());
            CHECK(contrastRatio(foreground, background) >= (highContrast ? highContrastNeeded : normal));
        }
    }
}

} // namespace

TEST_CASE("Every text colour of the Theme meets its contrast promise", "[theme]")
{
    checkPairs("contrastPairs", 10, 4.5, 7.0);
}

TEST_CASE("Borders and the focus ring stand out 3:1 from what they are drawn on, in both colour schemes", "[theme]")
{
    checkPairs("graphicPairs", 6, 3.0, 3.0);
}

TEST_CASE("Theme sizes: 9 mm touch targets, larger text on request", "[theme]")
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    const auto normal = themeProbe(engine, false, false);
    CHECK(theme(*normal)->property("touchTarget").toInt() >= 9 * 3.78);
    const int bodySize = theme(*normal)->property("bodySize").toInt();
    const auto large = themeProbe(engine, false, true);
    CHECK(theme(*large)->property("bodySize").toInt() > bodySize);
}

TEST_CASE("The screen inspector finds boxes, cut-off text, text outside the window (not a list's scrolled away) and low contrast",
          "[theme]")
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(import QtQuick
Window {
    width: 400; height: 300; visible: true; color: "#FFFFFF"
    Text { x: 10; y: 10; text: "fine text"; color: "#1C1C1E" }
    Text { x: 10; y: 40; text: "box \u0378 here"; color: "#1C1C1E" }
    Text { x: 10; y: 70; width: 60; elide: Text.ElideRight; text: "a long text that is elided"; color: "#1C1C1E" }
    Text { x: 10; y: 100; width: 60; text: "a long text that overflows its box"; color: "#1C1C1E" }
    Text { x: 350; y: 130; text: "past the edge"; color: "#1C1C1E" }
    Rectangle { x: 10; y: 160; width: 300; height: 40; color: "#0A4F99"
        Text { anchors.centerIn: parent; text: "dark on blue"; color: "#1C1C1E" } }
    Text { x: 10; y: 220; text: "pale on white"; color: "#BBBBBB" }
    // A list scrolled: what lies beyond its clipped view is not on the screen; without the clip it is.
    Flickable { x: 200; y: 10; width: 150; height: 50; clip: true; contentHeight: 2000
        Text { y: 1000; text: "scrolled away"; color: "#1C1C1E" } }
    Item { x: 200; y: 70; width: 150; height: 50
        Text { y: 1000; text: "fallen off"; color: "#1C1C1E" } }
}
)",
                      QUrl(QStringLiteral("qrc:/inspected.qml")));
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    REQUIRE(window);
    (void)window->grabWindow();
    const QStringList findings = inspectScreen(*window, {});
    INFO(findings.join(u'\n').toStdString());
    auto found = [&](const QString &text, const QString &what) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&](const QString &line) { return line.contains(text) && line.contains(what); });
    };
    CHECK(found(QStringLiteral("box"), QStringLiteral("no glyph")));
    CHECK(found(QStringLiteral("elided"), QStringLiteral("cut off")));
    CHECK(found(QStringLiteral("overflows"), QStringLiteral("wider than its box")));
    CHECK(found(QStringLiteral("past the edge"), QStringLiteral("outside the window")));
    CHECK(found(QStringLiteral("dark on blue"), QStringLiteral("contrast")));
    CHECK(found(QStringLiteral("pale on white"), QStringLiteral("contrast")));
    CHECK_FALSE(found(QStringLiteral("fine text"), QString()));
    CHECK_FALSE(found(QStringLiteral("scrolled away"), QString()));
    CHECK(found(QStringLiteral("fallen off"), QStringLiteral("outside the window")));
    CHECK(findings.size() == 7);
}

namespace {

std::unique_ptr<QQuickWindow> inspectedWindow(QQmlEngine &engine, const QByteArray &qml)
{
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/inspected.qml")));
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    REQUIRE(window);
    (void)window->grabWindow();
    object.release();
    return std::unique_ptr<QQuickWindow>(window);
}

bool anyLine(const QStringList &findings, const QString &text, const QString &what)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const QString &line) { return line.contains(text) && line.contains(what); });
}

} // namespace

TEST_CASE("The screen inspector finds split terms, missing or faint focus rings, a wrapped header and small board text", "[theme]")
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    // As the screens were before the design grammar: a term broken wherever Qt likes, buttons without
    // a focus ring, a header whose buttons flow onto a second row.
    const auto window = inspectedWindow(engine, R"(import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui
Window {
    width: 800; height: 600; visible: true; color: "#FFFFFF"
    Text { x: 10; y: 10; width: 260; font.pixelSize: 40; wrapMode: Text.Wrap; text: "児童手当・子ども医療費"; color: "#000000" }
    Text { x: 300; y: 10; width: 260; font.pixelSize: 40; wrapMode: Text.Wrap; text: "児\u2060童\u2060手\u2060当・子\u2060ど\u2060も\u2060医\u2060療\u2060費"; color: "#000000" }
    Button { x: 10; y: 150; text: "plain button" }
    AppButton { x: 300; y: 150; text: "grammar button" }
    Button {
        x: 500; y: 150; text: "faint ring"
        readonly property Item focusRing: Item { property color innerColor: "#FFFFFF"; property color outerColor: "#FEFEFE" }
    }
    Flow {
        objectName: "header"; x: 0; y: 250; width: 400; spacing: 8
        Repeater { model: ["日本語", "English", "Tiếng Việt", "नेपाली", "Filipino"]; delegate: AppButton { required property string modelData; text: modelData } }
    }
    Row {
        objectName: "row"; x: 0; y: 450; spacing: 8
        AppButton { width: 200; text: "short" }
        AppButton { width: 60; text: "a label far too long to fit in sixty pixels" }
    }
}
)");
    InspectionRules rules;
    rules.terms = {QStringLiteral("子ども医療費"), QStringLiteral("児童手当")};
    const QStringList findings = inspectScreen(*window, rules);
    INFO(findings.join(u'\n').toStdString());
    // The same text twice: split where Qt likes, and kept whole with the joiners phrases() puts in.
    CHECK(std::count_if(findings.cbegin(), findings.cend(),
                        [](const QString &line) { return line.contains(QStringLiteral("\"子ども医療費\" is split")); })
          == 1);
    CHECK(anyLine(findings, QStringLiteral("plain button"), QStringLiteral("no focus ring")));
    CHECK_FALSE(anyLine(findings, QStringLiteral("grammar button"), QString()));
    CHECK(anyLine(findings, QStringLiteral("faint ring"), QStringLiteral("focus ring contrast")));

    const QStringList header = wrappedRow(*window, QStringLiteral("header"), 16);
    INFO(header.join(u'\n').toStdString());
    CHECK(anyLine(header, QStringLiteral("Filipino"), QStringLiteral("on another row")));
    const QStringList row = wrappedRow(*window, QStringLiteral("row"), 16);
    CHECK(anyLine(row, QStringLiteral("far too long"), QStringLiteral("less than 16 px")));
    CHECK_FALSE(anyLine(row, QStringLiteral("short"), QString()));
    CHECK(wrappedRow(*window, QStringLiteral("nothing"), 16).constFirst().contains(QStringLiteral("no row")));

    // A board read from 8 m on a 55-inch 1920×1080 screen (1.57 px/mm): 32 mm for kanji, 24 mm for Latin.
    const auto board = inspectedWindow(engine, R"(import QtQuick
Window {
    width: 1920; height: 1080; visible: true; color: "#FFFFFF"
    Text { y: 0; font.pixelSize: 30; text: "受付番号"; color: "#000000" }
    Text { y: 100; font.pixelSize: 64; text: "呼出中"; color: "#000000" }
    Text { y: 200; font.pixelSize: 30; text: "Now calling"; color: "#000000" }
    Text { y: 300; font.pixelSize: 56; text: "Counter"; color: "#000000" }
}
)");
    InspectionRules far;
    far.board = ReadingDistance{8.0, std::hypot(1920.0, 1080.0) / (55 * 25.4)};
    const QStringList small = inspectScreen(*board, far);
    INFO(small.join(u'\n').toStdString());
    CHECK(anyLine(small, QStringLiteral("受付番号"), QStringLiteral("need 32.0 mm")));
    CHECK(anyLine(small, QStringLiteral("Now calling"), QStringLiteral("need 24.0 mm")));
    CHECK_FALSE(anyLine(small, QStringLiteral("呼出中"), QString()));
    CHECK_FALSE(anyLine(small, QStringLiteral("\"Counter\""), QString()));
    CHECK(readableGlyphMillimetres(4, true) == 16);
    CHECK(readableGlyphMillimetres(4, false) == 12);
}
