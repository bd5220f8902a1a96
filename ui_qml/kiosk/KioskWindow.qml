// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The ticket kiosk (受付発券機): a header with the office and the languages, the current screen, and a
// line for anything the visitor must know.
ApplicationWindow {
    id: root

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: Kiosk.officeName
    font.family: UiLanguage.fontFamily(UiLanguage.current)

    // For the screenshot tour, which switches the accessibility modes from C++.
    readonly property QtObject theme: Theme

    Item {
        anchors.fill: parent
        // Any touch keeps the visitor's session alive; the handler never takes the touch away.
        TapHandler {
            gesturePolicy: TapHandler.DragThreshold
            grabPermissions: PointerHandler.ApprovesTakeOverByAnything
            onTapped: Kiosk.touched()
        }

        // In the low layout the upper part only shows where the visitor is; nothing there needs a touch.
        Label {
            visible: Theme.lowLayout
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: content.top
            anchors.margins: Theme.spacingLarge
            text: Kiosk.officeName
            font.pixelSize: Theme.numberSize * 0.6
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        ColumnLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.lowLayout ? Math.round(parent.height * Theme.lowReach) : parent.height
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: header.implicitHeight + 2 * Theme.spacing
                color: Theme.surface

                ColumnLayout {
                    id: header
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        visible: !Theme.lowLayout // shown large above instead
                        text: Kiosk.officeName
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        LanguageBar {
                            Layout.fillWidth: true
                            languages: Kiosk.languages
                            current: Kiosk.language
                            voiceGuidance: Kiosk.voiceGuidance
                            onChosen: language => Kiosk.chooseLanguage(language)
                            onVoiceGuidanceToggled: Kiosk.voiceGuidance = !Kiosk.voiceGuidance
                        }
                        KioskButton {
                            objectName: "callClerk"
                            Layout.alignment: Qt.AlignTop
                            text: qsTr("Call a clerk")
                            font.pixelSize: Math.round(Theme.bodySize * 0.8)
                            primary: false
                            onClicked: Kiosk.callClerk()
                        }
                    }
                }
            }

            Loader {
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: {
                    switch (Kiosk.screen) {
                    case Kiosk.Services: return servicesPage
                    case Kiosk.Reservation: return reservationPage
                    case Kiosk.Ticket: return ticketPage
                    case Kiosk.Unavailable: return unavailablePage
                    default: return attractPage
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: Kiosk.clerkCalled
                implicitHeight: clerkText.implicitHeight + 2 * Theme.spacing
                color: Theme.accent

                Label {
                    id: clerkText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: qsTr("A clerk has been called and will come to you. Please wait here.")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.textOnAccent
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                Layout.fillWidth: true
                visible: Kiosk.message.length > 0 && Kiosk.screen !== Kiosk.Unavailable
                implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
                color: Theme.danger

                Label {
                    id: messageText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: Kiosk.message
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.textOnDanger
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    Component {
        id: attractPage
        AttractPage {
            onStarted: Kiosk.begin()
        }
    }
    Component {
        id: servicesPage
        ServicesPage {
            services: Kiosk.services
            busy: Kiosk.busy
            open: Kiosk.officeOpen
            onChosen: code => Kiosk.issue(code)
            onReservation: Kiosk.startReservation()
        }
    }
    Component {
        id: reservationPage
        ReservationPage {
            busy: Kiosk.busy
            onCheckIn: code => Kiosk.checkIn(code)
            onBack: Kiosk.begin()
        }
    }
    Component {
        id: ticketPage
        TicketPage {
            number: Kiosk.ticketNumber
            services: Kiosk.ticketServices
            ahead: Kiosk.ticketAhead
            estimate: Kiosk.ticketEstimate
            reservation: Kiosk.ticketReservation
            documents: Kiosk.ticketDocuments
            statusUrl: Kiosk.ticketStatusUrl
            printState: Kiosk.printState
            onDone: Kiosk.finish()
        }
    }
    Component {
        id: unavailablePage
        UnavailablePage {
            message: Kiosk.message
            onRetry: Kiosk.refresh()
        }
    }
}
