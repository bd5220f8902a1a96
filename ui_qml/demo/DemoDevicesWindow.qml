// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The demo's simulated devices: the kiosk's scanner (hold a booked reservation's code to it), its card
// reader (a sample holder's My Number card, one with one PIN try left or locked, a transit card; lift
// it) and its printer (the last ticket as on paper, and paper running out at a touch).
ApplicationWindow {
    id: root

    width: 640
    height: 1080
    visible: true
    color: Theme.background
    font.family: UiLanguage.fontFamily(UiLanguage.current)
    title: qsTr("Simulated devices")

    // For the screenshot tour.
    readonly property QtObject theme: Theme

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Scanner: hold a reservation's code to the kiosk")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ListColumn {
            Layout.fillWidth: true
            spacing: Theme.spacing
            model: DemoDevices.reservations
            delegate: RowLayout {
                id: reservation
                required property var modelData
                spacing: Theme.spacing

                Label {
                    // Wrapped text in a row: without a small preferred width the row sizes from the
                    // unwrapped line, and its button lands beside the next reservation.
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("%1 %2 — code %3").arg(reservation.modelData.time).arg(reservation.modelData.service)
                          .arg(reservation.modelData.code)
                    font.pixelSize: Theme.captionSize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                AppButton {
                    text: qsTr("Scan")
                    font.pixelSize: Theme.captionSize
                    onClicked: DemoDevices.scan(reservation.modelData.code)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Card reader: place a My Number card (PIN 1234)")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            AppButton {
                objectName: "liftCard"
                text: qsTr("Lift the card")
                font.pixelSize: Theme.captionSize
                enabled: DemoDevices.cardPlaced
                onClicked: DemoDevices.liftCard()
            }
        }
        ListColumn {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            model: DemoDevices.cardHolders
            delegate: RowLayout {
                id: holder
                required property string modelData
                required property int index
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: holder.modelData
                    font.pixelSize: Theme.captionSize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                AppButton {
                    objectName: "placeCard" + holder.index
                    text: qsTr("Place")
                    font.pixelSize: Theme.captionSize
                    onClicked: DemoDevices.placeCard(holder.index, 3)
                }
                AppButton {
                    text: qsTr("One try left")
                    font.pixelSize: Theme.captionSize
                    onClicked: DemoDevices.placeCard(holder.index, 1)
                }
                AppButton {
                    text: qsTr("Locked")
                    font.pixelSize: Theme.captionSize
                    onClicked: DemoDevices.placeCard(holder.index, 0)
                }
            }
        }
        AppButton {
            text: qsTr("Place a transit IC card")
            font.pixelSize: Theme.captionSize
            onClicked: DemoDevices.placeOtherCard()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Printer: the last ticket")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            AppButton {
                id: paperOut
                text: qsTr("Paper out")
                font.pixelSize: Theme.captionSize
                toggle: true
                checked: DemoDevices.paperOut
                stateText: checked ? qsTr("On") : qsTr("Off")
                onClicked: DemoDevices.paperOut = !DemoDevices.paperOut
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.outline
            border.width: 1

            Image {
                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                visible: DemoDevices.ticketsPrinted > 0
                source: "image://demoticket/" + DemoDevices.ticketsPrinted
                fillMode: Image.PreserveAspectFit
                horizontalAlignment: Image.AlignHCenter
                verticalAlignment: Image.AlignTop
                cache: false
            }
            Label {
                anchors.centerIn: parent
                visible: DemoDevices.ticketsPrinted === 0
                text: qsTr("No ticket printed yet.")
                font.pixelSize: Theme.bodySize
                color: Theme.textMuted
            }
        }
    }
}
