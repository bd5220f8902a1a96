// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// Checking in a reservation: hold its QR code to the reader, or type its code on the keypad (the
// 32 characters a code can hold, so nothing can be mistyped into an impossible code).
Item {
    id: root

    required property bool busy
    signal checkIn(string code)
    signal back()

    property string typed: ""
    readonly property string shown: typed.length > 4 ? typed.slice(0, 4) + "-" + typed.slice(4) : typed
    readonly property var symbols: "0123456789ABCDEFGHJKMNPQRSTVWXYZ".split("")

    function type(symbol) {
        if (typed.length < 8)
            typed += symbol
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.lowLayout ? Theme.spacing : Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.lowLayout ? Theme.spacingSmall : Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Check in your reservation")
                font.pixelSize: Theme.lowLayout ? Theme.bodySize : Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Hold the QR code of your reservation (on paper or on your phone) under the reader.")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Or type the code of your reservation:")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: codeText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.outline
                border.width: 2

                Label {
                    id: codeText
                    objectName: "typedCode"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: root.shown.length > 0 ? root.shown : "····-····"
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    font.family: Theme.monoFamily
                    font.letterSpacing: 4
                    color: root.shown.length > 0 ? Theme.text : Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.name: qsTr("Code typed so far: %1").arg(root.shown)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    objectName: "checkIn"
                    Layout.fillWidth: true
                    kind: AppButton.Main
                    text: qsTr("Check in")
                    enabled: root.typed.length === 8 && !root.busy
                    //: Why "Check in" cannot be pressed yet
                    whyDisabled: root.typed.length < 8 ? qsTr("Type all 8 characters") : ""
                    onClicked: root.checkIn(root.typed)
                }
                AppButton {
                    objectName: "back"
                    Layout.fillWidth: true
                    text: qsTr("Back")
                    onClicked: root.back()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            CellGrid {
                Layout.fillWidth: true
                implicitWidth: 8 * Theme.touchTarget + 7 * Theme.spacingSmall
                columns: 8
                columnSpacing: Theme.spacingSmall
                rowSpacing: Theme.spacingSmall
                model: root.symbols
                delegate: AppButton {
                    required property string modelData
                    objectName: "key" + modelData
                    text: modelData
                    font.family: Theme.monoFamily
                    enabled: root.typed.length < 8
                    onClicked: root.type(modelData)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                AppButton {
                    objectName: "deleteOne"
                    Layout.fillWidth: true
                    //: Deletes the last character typed
                    text: qsTr("Delete one")
                    enabled: root.typed.length > 0
                    onClicked: root.typed = root.typed.slice(0, -1)
                }
                AppButton {
                    objectName: "clear"
                    Layout.fillWidth: true
                    //: Deletes everything typed
                    text: qsTr("Clear")
                    enabled: root.typed.length > 0
                    onClicked: root.typed = ""
                }
            }
        }
    }
}
