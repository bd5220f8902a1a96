// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Madoguchi.Ui

// The office's languages, each named in itself (UiLanguage.endonym), one touch away on every screen;
// and the large-text, high-contrast, voice-guidance and low-layout switches.
Flow {
    id: root

    required property var languages
    required property string current
    property bool voiceGuidance: false
    signal chosen(string language)
    signal voiceGuidanceToggled()

    spacing: Theme.spacingSmall

    Repeater {
        model: root.languages
        delegate: KioskButton {
            required property string modelData
            text: UiLanguage.endonym(modelData)
            primary: modelData === root.current
            font.family: UiLanguage.fontFamily(modelData)
            font.pixelSize: Math.round(Theme.bodySize * 0.8)
            Accessible.name: text
            onClicked: root.chosen(modelData)
        }
    }
    KioskButton {
        //: Switch for large text; keep it short
        text: qsTr("Large text")
        primary: Theme.largeText
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: Theme.largeText = !Theme.largeText
    }
    KioskButton {
        //: Switch for black-and-yellow high-contrast colours; keep it short
        text: qsTr("High contrast")
        primary: Theme.highContrast
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: Theme.highContrast = !Theme.highContrast
    }
    KioskButton {
        //: Switch for reading each screen aloud; keep it short
        text: qsTr("Voice guidance")
        primary: root.voiceGuidance
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: root.voiceGuidanceToggled()
    }
    KioskButton {
        //: Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short
        text: qsTr("Low screen")
        primary: Theme.lowLayout
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: Theme.lowLayout = !Theme.lowLayout
    }
}
