// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The one place for colours, sizes and fonts of the kiosk, the counter console and the board.
// Text colours meet 4.5:1 against their backgrounds, 7:1 in high-contrast mode (tests/ui checks
// every pair in contrastPairs). Congestion levels use the Okabe–Ito colour-blind-safe palette and
// always come with a word, never colour alone.
QtObject {
    id: root

    // Modes a visitor or the office switches on.
    property bool highContrast: false
    property bool largeText: false
    // The kiosk's low layout: every control in the lower part of the screen, within reach from a
    // wheelchair. lowReach is that part's share of the screen's height (set for how the kiosk is mounted).
    property bool lowLayout: false
    property real lowReach: 0.6

    // The screen's physical density, set by the application from the kiosk's configuration when the
    // display reports it wrongly; touch targets are sized in millimetres from it.
    // (Qt 6.4's qmllint takes Qt.application for a QQmlApplication, which has no screens; in a Qt Quick
    // program it is a QQuickApplication, which does.)
    property real pixelsPerMillimetre: Qt.application.screens.length > 0 ? Qt.application.screens[0].pixelDensity : 4 // qmllint disable

    readonly property color background: highContrast ? "#000000" : "#F6F4EF"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#1C1C1E"
    readonly property color textMuted: highContrast ? "#FFFF00" : "#4B4B52"
    readonly property color accent: highContrast ? "#FFFF00" : "#0A4F99"
    readonly property color textOnAccent: highContrast ? "#000000" : "#FFFFFF"
    readonly property color danger: highContrast ? "#FFFF00" : "#A4262C"
    readonly property color textOnDanger: highContrast ? "#000000" : "#FFFFFF"
    readonly property color outline: highContrast ? "#FFFFFF" : "#8A8A90"

    // Congestion: few waiting, some, many (Okabe–Ito bluish green, orange, vermillion).
    readonly property list<color> congestion: highContrast ? ["#000000", "#000000", "#000000"] : ["#009E73", "#E69F00", "#D55E00"]
    readonly property list<color> textOnCongestion: highContrast ? ["#FFFFFF", "#FFFF00", "#FFFFFF"] : ["#000000", "#000000", "#000000"]

    // Every text colour with the background it is drawn on, for the contrast test.
    readonly property var contrastPairs: [
        { name: "text on background", foreground: text, background: background },
        { name: "text on surface", foreground: text, background: surface },
        { name: "muted text on background", foreground: textMuted, background: background },
        { name: "muted text on surface", foreground: textMuted, background: surface },
        { name: "accent text on background", foreground: accent, background: background },
        { name: "text on accent", foreground: textOnAccent, background: accent },
        { name: "text on danger", foreground: textOnDanger, background: danger },
        { name: "few waiting", foreground: textOnCongestion[0], background: congestion[0] },
        { name: "some waiting", foreground: textOnCongestion[1], background: congestion[1] },
        { name: "many waiting", foreground: textOnCongestion[2], background: congestion[2] }
    ]

    // Type: the family is pinned per language by UiLanguage (Noto per script); sizes scale here.
    // Codes to read or type character by character (reservation codes): one width per character.
    readonly property string monoFamily: "Noto Sans Mono CJK JP"
    readonly property real textScale: largeText ? 1.4 : 1.0
    readonly property int bodySize: Math.round(22 * textScale)
    readonly property int titleSize: Math.round(34 * textScale)
    readonly property int numberSize: Math.round(96 * textScale)

    // Sizes: touch targets at least 9 mm, spacing on one scale.
    readonly property int touchTarget: Math.ceil(9 * pixelsPerMillimetre)
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int radius: 12
}
