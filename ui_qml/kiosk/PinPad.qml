// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Madoguchi.Ui

// The card's PIN pad: a box for each digit, filled as digits are entered (never showing them), the
// keys in a phone's order, delete, and OK once four digits are there. Each key press goes straight to
// the card reading, which keeps the digits; nothing here holds them.
ColumnLayout {
    id: root

    required property CardReading card
    spacing: Theme.spacingSmall

    readonly property int deleteKey: -1
    readonly property int okKey: -2
    // Keys of a bank terminal's size: wide enough for "Delete" in every language.
    readonly property int keyHeight: Math.round(Theme.touchTarget * (Theme.lowLayout ? 1.5 : 2.2))
    readonly property int keyWidth: Math.round(keyHeight * 1.9)

    Row {
        objectName: "pinDots"
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacingSmall
        Accessible.role: Accessible.StaticText
        //: Read out instead of the digits: %1 digits of %2 entered
        Accessible.name: qsTr("%1 of %2 digits entered").arg(root.card.pinLength).arg(root.card.pinDigits)
        Repeater {
            model: root.card.pinDigits
            delegate: Rectangle {
                required property int index
                width: root.keyHeight
                height: root.keyHeight
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: index < root.card.pinLength ? Theme.accent : Theme.outline
                border.width: index < root.card.pinLength ? Theme.selectedBorderWidth : Theme.borderWidth
                Rectangle {
                    anchors.centerIn: parent
                    visible: parent.index < root.card.pinLength
                    width: parent.width * 0.3
                    height: width
                    radius: width / 2
                    color: Theme.text
                }
            }
        }
    }
    // The keys in a phone's order: 1–9, then delete, 0 and OK.
    CellGrid {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 3 * root.keyWidth + 2 * Theme.spacingSmall
        columns: 3
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall
        model: [1, 2, 3, 4, 5, 6, 7, 8, 9, root.deleteKey, 0, root.okKey]
        delegate: AppButton {
            id: key
            required property int modelData
            readonly property bool digit: modelData >= 0
            objectName: digit ? "pin" + modelData : modelData === root.deleteKey ? "pinDelete" : "pinOk"
            implicitHeight: root.keyHeight
            kind: modelData === root.okKey ? AppButton.Main : AppButton.Secondary
            //: The PIN pad's keys beside 0: delete the last digit, and confirm the PIN
            text: digit ? modelData : modelData === root.deleteKey ? qsTr("Delete") : qsTr("OK")
            font.pixelSize: digit ? Theme.titleSize : Theme.bodySize
            font.family: digit ? Theme.monoFamily : UiLanguage.fontFamily(UiLanguage.current)
            enabled: digit ? root.card.pinLength < root.card.pinDigits
                           : modelData === root.deleteKey ? root.card.pinLength > 0 : root.card.pinLength === root.card.pinDigits
            onClicked: {
                if (key.digit)
                    root.card.pressDigit(key.modelData)
                else if (key.modelData === root.deleteKey)
                    root.card.removeDigit()
                else
                    root.card.confirmPin()
            }
        }
    }
}
