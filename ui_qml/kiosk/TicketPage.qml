// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The issued ticket on screen, whether or not the printer could print it: the number in the centre
// with the procedures, people ahead, the estimate and where to wait; "take your ticket" large with an
// arrow to the printer's slot (below the screen); what to have ready and the status page's QR code as
// two cards; and how long until the kiosk returns to the start.
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
    required property int secondsLeft
    // The visit has the details the visitor brought (card, pre-application): nothing to write.
    required property bool hasDetails
    signal done()

    readonly property bool compact: Theme.lowLayout
    readonly property bool printed: printState === Kiosk.Printed

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? Theme.spacing : Theme.spacingLarge
        spacing: root.compact ? Theme.spacingSmall : Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: root.compact ? Theme.spacing : Theme.spacingLarge

            // What to have ready while waiting.
            Card {
                Layout.preferredWidth: 1
                visible: root.documents.length > 0
                title: qsTr("Please have these ready:")
                ListColumn {
                    Layout.fillWidth: true
                    model: root.documents
                    delegate: Label {
                        required property string modelData
                        text: "・" + UiLanguage.phrases(modelData)
                        font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                        lineHeight: 1.3
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }

            // The number, in the centre.
            ColumnLayout {
                objectName: "ticketNumber"
                Layout.fillWidth: true
                Layout.preferredWidth: 1.4
                Layout.alignment: Qt.AlignVCenter
                spacing: root.compact ? 0 : Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your number")
                    font.pixelSize: root.compact ? Theme.bodySize : Theme.leadSize
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    text: root.number
                    font.pixelSize: root.compact ? Theme.numberSize : Math.round(Theme.numberSize * 1.4)
                    font.bold: true
                    color: Theme.accent
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    text: UiLanguage.phrases(root.services)
                    font.pixelSize: root.compact ? Theme.bodySize : Theme.leadSize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.reservation.length > 0
                    text: root.reservation
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: UiLanguage.phrases(qsTr("People ahead of you: %1").arg(root.ahead)
                                             + (root.estimate.length > 0 ? " · " + root.estimate : ""))
                    font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "detailsKept"
                    Layout.fillWidth: true
                    visible: root.hasDetails
                    text: UiLanguage.phrases(qsTr("The clerk has your details: you will not need to write them."))
                    font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                    font.bold: true
                    color: Theme.textOnSuccess
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !root.compact
                    text: UiLanguage.phrases(qsTr("Please wait in the waiting area until the board calls your number."))
                    font.pixelSize: Theme.bodySize
                    lineHeight: Theme.headingLineHeight
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }

            // The status page on the visitor's phone.
            Card {
                Layout.preferredWidth: 1
                pictogram: "qr-phone"
                title: qsTr("See your turn on your phone")
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.touchTarget * (root.compact ? 4 : 7)
                    Layout.preferredHeight: Layout.preferredWidth
                    source: root.statusUrl.length > 0 ? "image://qr/" + encodeURIComponent(root.statusUrl) : ""
                    sourceSize.width: width
                    sourceSize.height: height
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                    Accessible.name: qsTr("QR code of your status page")
                }
                Label {
                    Layout.fillWidth: true
                    visible: !root.compact
                    text: UiLanguage.phrases(qsTr("Scan with your phone to see your turn coming."))
                    font.pixelSize: Theme.captionSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        // Take the ticket: large, with an arrow down to the printer's slot under the screen.
        RowLayout {
            objectName: "takeTicket"
            Layout.alignment: Qt.AlignHCenter
            visible: root.printState === Kiosk.Printing || root.printed
            spacing: Theme.spacing

            Image {
                Layout.preferredWidth: Theme.displaySize
                Layout.preferredHeight: Theme.displaySize
                source: Pictograms.source("printer-slot", Theme.accent)
                sourceSize.width: width
                sourceSize.height: height
            }
            Label {
                text: root.printed ? qsTr("Please take your ticket.") : qsTr("Printing your ticket…")
                font.pixelSize: root.compact ? Theme.leadSize : Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Label {
                text: "↓"
                font.pixelSize: root.compact ? Theme.leadSize : Theme.displaySize
                font.bold: true
                color: Theme.accent
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Image {
                Layout.preferredWidth: Theme.bodySize * 1.3
                Layout.preferredHeight: Layout.preferredWidth
                source: Pictograms.source("clock", Theme.textMuted)
                sourceSize.width: width
                sourceSize.height: height
            }
            Label {
                objectName: "countdown"
                Layout.fillWidth: true
                //: How long until the kiosk shows its first screen again
                text: qsTr("Back to the start in %1 s").arg(root.secondsLeft)
                font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "done"
                kind: AppButton.Main
                text: qsTr("Done")
                font.pixelSize: root.compact ? Theme.bodySize : Theme.leadSize
                leftPadding: Theme.spacingLarge
                rightPadding: Theme.spacingLarge
                onClicked: root.done()
            }
        }
    }

    // A card with a heading: the documents and the QR code.
    component Card: Rectangle {
        id: card
        default property alias content: cardColumn.data
        property string title
        property string pictogram: ""
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
        border.width: Theme.borderWidth

        ColumnLayout {
            id: cardColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Image {
                    visible: card.pictogram.length > 0
                    Layout.preferredWidth: Theme.leadSize * 1.4
                    Layout.preferredHeight: Layout.preferredWidth
                    source: visible ? Pictograms.source(card.pictogram, Theme.accent) : ""
                    sourceSize.width: width
                    sourceSize.height: height
                }
                Label {
                    Layout.fillWidth: true
                    text: UiLanguage.phrases(card.title)
                    font.pixelSize: root.compact ? Theme.bodySize : Theme.leadSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
