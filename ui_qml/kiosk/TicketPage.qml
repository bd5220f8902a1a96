// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The issued ticket on screen: the number, people ahead, the estimate and the status page's QR code,
// whether or not the printer could print it.
Item {
    id: root

    required property string number
    required property string services
    required property int ahead
    required property string estimate
    required property string reservation
    required property var documents
    required property string statusUrl
    required property int printState
    signal done()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.lowLayout ? Theme.spacing : Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.lowLayout ? Theme.spacingSmall : Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Your number")
                font.pixelSize: Theme.lowLayout ? Theme.bodySize : Theme.titleSize
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.number
                font.pixelSize: Theme.lowLayout ? Theme.numberSize : Theme.numberSize * 1.5
                font.bold: true
                color: Theme.accent
            }
            Label {
                Layout.fillWidth: true
                text: root.services
                font.pixelSize: Theme.lowLayout ? Theme.bodySize : Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.reservation.length > 0
                text: root.reservation
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("People ahead of you: %1").arg(root.ahead)
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.estimate.length > 0
                text: root.estimate
                font.pixelSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: root.printState === Kiosk.Printing ? qsTr("Printing your ticket…")
                    : root.printState === Kiosk.Printed ? qsTr("Please take your ticket.")
                    : ""
                visible: text.length > 0
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            KioskButton {
                text: qsTr("Done")
                onClicked: root.done()
            }
        }
        // What to have ready while waiting: beside the number, so the ticket fits the low layout too.
        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            visible: root.documents.length > 0
            text: qsTr("Please have these ready:") + "\n" + root.documents.map(d => "・" + d).join("\n")
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingSmall

            Image {
                Layout.preferredWidth: Theme.touchTarget * (Theme.lowLayout ? 6 : 9)
                Layout.preferredHeight: Theme.touchTarget * (Theme.lowLayout ? 6 : 9)
                source: root.statusUrl.length > 0 ? "image://qr/" + encodeURIComponent(root.statusUrl) : ""
                sourceSize.width: width
                sourceSize.height: height
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.name: qsTr("QR code of your status page")
            }
            Label {
                Layout.preferredWidth: Theme.touchTarget * (Theme.lowLayout ? 6 : 9)
                text: qsTr("Scan with your phone to see your turn coming.")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
