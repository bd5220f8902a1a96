// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The one place for colours, type, spacing and shapes of the kiosk, the counter console and the board,
// in the spirit of the Digital Agency's design system (DADS): Noto Sans JP 400/700 on its size steps,
// body text at a line height of 1.7, an 8 px spacing grid, and its focus ring (2 px yellow inside
// 4 px black). Text colours meet 4.5:1 against their backgrounds, 7:1 in high-contrast mode, and
// borders and focus rings 3:1 (tests/ui checks every pair of contrastPairs()). Congestion levels use the
// Okabe–Ito colour-blind-safe palette and always come with a word, never colour alone.
//
// One grammar for every button (AppButton): filled = the one main action of a screen; outlined =
// everything else; selected or on = a tint, a check mark and the word, never the main action's fill;
// disabled = muted, with the reason beside it.
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

    // Colours. Normal: DADS's blue 900 on white and a light grey; high contrast: black, white and yellow.
    readonly property color background: highContrast ? "#000000" : "#F2F2F5"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#1A1A1C"
    readonly property color textMuted: highContrast ? "#D9D9D9" : "#545456"
    readonly property color accent: highContrast ? "#FFFF00" : "#0031D8"
    readonly property color accentPressed: highContrast ? "#FFFFFF" : "#00118F"
    readonly property color textOnAccent: highContrast ? "#000000" : "#FFFFFF"
    // Selected or on: a tint with the accent's border and text (and a check mark), never the accent's fill.
    readonly property color selected: highContrast ? "#000000" : "#E8F1FE"
    readonly property color textOnSelected: highContrast ? "#FFFF00" : "#00118F"
    readonly property color danger: highContrast ? "#FFFFFF" : "#CE0000"
    readonly property color textOnDanger: highContrast ? "#000000" : "#FFFFFF"
    // Confirmations and states that went well (a clerk is on the way).
    readonly property color success: highContrast ? "#000000" : "#E6F5EC"
    readonly property color textOnSuccess: highContrast ? "#FFFFFF" : "#115A36"
    // What just happened and must be noticed: a number called a moment ago on the board.
    readonly property color attention: highContrast ? "#FFFFFF" : "#FFD43D"
    readonly property color textOnAttention: "#000000"
    // Borders of controls and cards: 3:1 against what they stand on (WCAG 1.4.11).
    readonly property color outline: highContrast ? "#FFFFFF" : "#767676"
    readonly property color divider: highContrast ? "#FFFFFF" : "#CCCCD0"
    readonly property color disabledText: highContrast ? "#9E9E9E" : "#8C8C8F"
    // The focus ring: inner, then outer, around a control that has keyboard focus. In high contrast a
    // black gap and a white ring, so that it shows against the yellow fill and the black background alike.
    readonly property color focusInner: highContrast ? "#000000" : "#FFD43D"
    readonly property color focusOuter: highContrast ? "#FFFFFF" : "#000000"
    readonly property int focusInnerWidth: 2
    readonly property int focusOuterWidth: 4

    // Congestion: few waiting, some, many (Okabe–Ito bluish green, orange, vermillion).
    readonly property list<color> congestion: highContrast ? ["#000000", "#000000", "#000000"] : ["#009E73", "#E69F00", "#D55E00"]
    readonly property list<color> textOnCongestion: highContrast ? ["#FFFFFF", "#FFFF00", "#FFFFFF"] : ["#000000", "#000000", "#000000"]

    // Every text colour with the background it is drawn on, for the contrast test (text: 4.5:1 / 7:1).
    // Functions, not bindings: a list bound to every colour would be rebuilt once for each colour that
    // changes when the scheme switches.
    function contrastPairs(): var {
        return [
            { name: "text on background", foreground: text, background: background },
            { name: "text on surface", foreground: text, background: surface },
            { name: "muted text on background", foreground: textMuted, background: background },
            { name: "muted text on surface", foreground: textMuted, background: surface },
            { name: "accent text on background", foreground: accent, background: background },
            { name: "accent text on surface", foreground: accent, background: surface },
            { name: "text on accent", foreground: textOnAccent, background: accent },
            { name: "text on selected", foreground: textOnSelected, background: selected },
            { name: "text on danger", foreground: textOnDanger, background: danger },
            { name: "text on success", foreground: textOnSuccess, background: success },
            { name: "text on attention", foreground: textOnAttention, background: attention },
            { name: "few waiting", foreground: textOnCongestion[0], background: congestion[0] },
            { name: "some waiting", foreground: textOnCongestion[1], background: congestion[1] },
            { name: "many waiting", foreground: textOnCongestion[2], background: congestion[2] }
        ]
    }
    // Non-text pairs that must meet 3:1: borders, and the focus ring against what it is drawn on.
    function graphicPairs(): var {
        return [
            { name: "outline on surface", foreground: outline, background: surface },
            { name: "outline on background", foreground: outline, background: background },
            { name: "focus ring on background", foreground: focusOuter, background: background },
            { name: "focus ring on surface", foreground: focusOuter, background: surface },
            { name: "focus ring on accent", foreground: focusInner, background: accent },
            { name: "selected border on selected", foreground: accent, background: selected }
        ]
    }

    // Type: the family is pinned per language by UiLanguage (Noto per script). The size steps of DADS,
    // in pixels; every size the front ends use is one of them, times textScale.
    readonly property list<int> typeSteps: [14, 16, 17, 18, 20, 24, 28, 32, 36, 45, 48, 57, 64, 96, 128]
    readonly property real textScale: largeText ? 1.4 : 1.0
    // The floor a label shrinks to before anything else gives (kiosk header, buttons in a row).
    readonly property int minimumTextSize: 16
    readonly property int captionSize: Math.round(18 * textScale)  // secondary lines, states, reasons
    readonly property int bodySize: Math.round(24 * textScale)     // the kiosk's body text
    readonly property int leadSize: Math.round(28 * textScale)     // a card's title, a step's instruction
    readonly property int titleSize: Math.round(36 * textScale)    // a screen's question
    readonly property int displaySize: Math.round(64 * textScale)  // the one thing to read from afar
    readonly property int numberSize: Math.round(96 * textScale)   // a ticket number
    readonly property real lineHeight: 1.7                         // body text (DADS: 170 %)
    readonly property real headingLineHeight: 1.4
    // Codes to read or type character by character (reservation codes): one width per character.
    readonly property string monoFamily: "Noto Sans Mono CJK JP"

    // Sizes: touch targets at least 9 mm; spacing on the 8 px grid; radii.
    readonly property int touchTarget: Math.ceil(9 * pixelsPerMillimetre)
    readonly property int spacingTiny: 4
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingMedium: 24
    readonly property int spacingLarge: 32
    readonly property int spacingHuge: 48
    readonly property int radiusSmall: 6
    readonly property int radius: 12
    readonly property int borderWidth: 2
    readonly property int selectedBorderWidth: 4
}
