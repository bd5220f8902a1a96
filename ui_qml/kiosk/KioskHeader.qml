// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Madoguchi.Ui

// The kiosk's header, in three zones whose widths never depend on the language: the language selector
// (globe, "言語 / Language", the current language), the four switches (larger text, contrast, voice
// guidance, low screen) each with its pictogram, label and state, and the call for a clerk in its own
// corner, showing once called. Labels shrink to Theme.minimumTextSize rather than wrap.
Rectangle {
    id: root

    required property string language
    property bool voiceGuidance: false
    property bool clerkCalled: false
    property bool choosingLanguage: false
    signal languageSelector()
    signal voiceGuidanceToggled()
    signal callClerk()

    objectName: "kioskHeader"
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.divider
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacingSmall
        spacing: Theme.spacingLarge

        AppButton {
            objectName: "languageSelector"
            Layout.preferredWidth: (row.width - 2 * row.spacing) * 0.22
            Layout.fillHeight: true
            pictogram: "language"
            // Bilingual on purpose and never translated: a visitor who reads neither script still finds it.
            text: "言語 / Language"
            font.family: UiLanguage.fontFamily("ja")
            detail: UiLanguage.endonym(root.language)
            secondLineFamily: UiLanguage.fontFamily(root.language)
            toggle: true
            checked: root.choosingLanguage
            font.pixelSize: Theme.bodySize
            onClicked: root.languageSelector()
        }

        RowLayout {
            objectName: "switches"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall

            HeaderSwitch {
                objectName: "largeText"
                //: Switch for large text; keep it short
                text: qsTr("Large text")
                pictogram: "large-text"
                checked: Theme.largeText
                onToggled: Theme.largeText = !Theme.largeText
            }
            HeaderSwitch {
                objectName: "highContrast"
                //: Switch for black-and-yellow high-contrast colours; keep it short
                text: qsTr("High contrast")
                pictogram: "high-contrast"
                checked: Theme.highContrast
                onToggled: Theme.highContrast = !Theme.highContrast
            }
            HeaderSwitch {
                objectName: "voiceGuidance"
                //: Switch for reading each screen aloud; keep it short
                text: qsTr("Voice guidance")
                pictogram: "voice-guidance"
                checked: root.voiceGuidance
                onToggled: root.voiceGuidanceToggled()
            }
            HeaderSwitch {
                objectName: "lowScreen"
                //: Switch that moves every control to the lower part of the screen, within reach from a wheelchair; keep it short
                text: qsTr("Low screen")
                pictogram: "low-screen"
                checked: Theme.lowLayout
                onToggled: Theme.lowLayout = !Theme.lowLayout
            }
        }

        AppButton {
            objectName: "callClerk"
            Layout.preferredWidth: (row.width - 2 * row.spacing) * 0.2
            Layout.fillHeight: true
            pictogram: "call-clerk"
            text: qsTr("Call a clerk")
            toggle: true
            checked: root.clerkCalled
            //: Under "Call a clerk" once it was pressed
            stateText: root.clerkCalled ? qsTr("Called") : ""
            font.pixelSize: Theme.bodySize
            onClicked: {
                if (!root.clerkCalled)
                    root.callClerk()
            }
        }
    }

    // One of the four switches: equal widths, its state in words.
    component HeaderSwitch: AppButton {
        signal toggled()
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        toggle: true
        //: The state of a switch in the kiosk's header
        stateText: checked ? qsTr("On") : qsTr("Off")
        font.pixelSize: Theme.bodySize
        onClicked: toggled()
    }
}
