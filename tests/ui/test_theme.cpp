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

TEST_CASE("Every text colour of the Theme meets its contrast promise", "[theme]")
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    for (const bool highContrast : {false, true}) {
        const auto probe = themeProbe(engine, highContrast, false);
        const QVariantList pairs = theme(*probe)->property("contrastPairs").toList();
        REQUIRE(pairs.size() >= 10);
        const double needed = highContrast ? 7.0 : 4.5;
        for (const QVariant &pair : pairs) {
            const QVariantMap entry = pair.toMap();
            const auto foreground = entry.value(QStringLiteral("foreground")).value<QColor>();
            const auto background = entry.value(QStringLiteral("background")).value<QColor>();
            INFO((highContrast ? "high contrast: " : "normal: ") << entry.value(QStringLiteral("name")).toString().toStdString());
            REQUIRE(foreground.isValid());
            REQUIRE(background.isValid());
            CHECK(contrastRatio(foreground, background) >= needed);
        }
    }
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

TEST_CASE("The screen inspector finds boxes, cut-off text, text outside the window and low contrast", "[theme]")
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
}
)",
                      QUrl(QStringLiteral("qrc:/inspected.qml")));
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    REQUIRE(window);
    (void)window->grabWindow();
    const QStringList findings = inspectScreen(*window, 4.5);
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
    CHECK(findings.size() == 6);
}
