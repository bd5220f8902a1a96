// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The ticket kiosk (受付発券機): the header (language, switches, call for a clerk), the current screen,
// and a line for anything the visitor must know. Idle, it shows the services themselves, welcoming the
// next visitor in every language. In the low layout every control sits in the lower part of the
// screen, within reach from a wheelchair, and the upper part says large what to do on this screen.
ApplicationWindow {
    id: root

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    //: The kiosk window's title: %1 is the office's name
    title: qsTr("%1 — ticket kiosk").arg(Kiosk.officeName)
    font.family: UiLanguage.fontFamily(UiLanguage.current)

    // For the screenshot tour, which switches the accessibility modes from C++.
    readonly property QtObject theme: Theme
    // The language list replaces the screen until a language is chosen (or the selector is touched again).
    property bool choosingLanguage: false

    // What to do on this screen, for the upper part of the low layout.
    readonly property string stepInstruction: {
        if (Kiosk.stillThereAsked)
            return qsTr("Are you still there?")
        if (root.choosingLanguage)
            return qsTr("Choose your language below.")
        switch (Kiosk.screen) {
        case Kiosk.Reservation: return qsTr("Hold your reservation's QR code under the reader, or type its code below.")
        case Kiosk.Card: return Kiosk.card ? root.cardInstruction(Kiosk.card.step) : ""
        case Kiosk.Ticket: return Kiosk.printState === Kiosk.Printed ? qsTr("Please take your ticket.") : qsTr("Your number: %1").arg(Kiosk.ticketNumber)
        case Kiosk.Unavailable: return Kiosk.message
        default: return Kiosk.officeOpen ? qsTr("Touch your procedure below.") : qsTr("The office is closed now.")
        }
    }

    function cardInstruction(step: int): string {
        switch (step) {
        case CardReading.PlaceCard: return qsTr("Place your card on the reader.")
        case CardReading.Pin: return qsTr("Enter your PIN below.")
        case CardReading.LastTry: return qsTr("Only one PIN try is left.")
        case CardReading.Locked: return qsTr("The card's PIN is locked.")
        case CardReading.Consent: return qsTr("Read your card instead of writing?")
        case CardReading.Done: return qsTr("Please take your card.")
        case CardReading.Unavailable: return qsTr("The card reader cannot be used now.")
        default: return qsTr("Please wait. Do not move the card.")
        }
    }

    function chooseLanguage(language: string) {
        root.choosingLanguage = false
        Kiosk.chooseLanguage(language)
        if (Kiosk.screen === Kiosk.Attract)
            Kiosk.begin()
    }

    Item {
        anchors.fill: parent
        // Any touch keeps the visitor's session alive; the handler never takes the touch away.
        TapHandler {
            gesturePolicy: TapHandler.DragThreshold
            grabPermissions: PointerHandler.ApprovesTakeOverByAnything
            onTapped: Kiosk.touched()
        }

        // The low layout's upper part: the step, large; nothing there needs a touch. Laid out only in
        // the low layout: fitting into the zero height it has otherwise costs the first frame a third.
        Label {
            objectName: "stepInstruction"
            visible: Theme.lowLayout
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: content.top
            anchors.margins: Theme.spacingLarge
            text: visible ? UiLanguage.phrases(root.stepInstruction) : ""
            font.pixelSize: Theme.displaySize
            font.bold: true
            lineHeight: Theme.headingLineHeight
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignBottom
            fontSizeMode: visible ? Text.VerticalFit : Text.FixedSize
            minimumPixelSize: Theme.titleSize
        }

        ColumnLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.lowLayout ? Math.round(parent.height * Theme.lowReach) : parent.height
            spacing: 0

            KioskHeader {
                Layout.fillWidth: true
                language: Kiosk.language
                voiceGuidance: Kiosk.voiceGuidance
                clerkCalled: Kiosk.clerkCalled
                choosingLanguage: root.choosingLanguage
                onLanguageSelector: {
                    root.choosingLanguage = !root.choosingLanguage
                    Kiosk.touched()
                }
                onVoiceGuidanceToggled: Kiosk.voiceGuidance = !Kiosk.voiceGuidance
                onCallClerk: Kiosk.callClerk()
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                Loader {
                    anchors.fill: parent
                    sourceComponent: {
                        if (root.choosingLanguage)
                            return languagePage
                        switch (Kiosk.screen) {
                        case Kiosk.Reservation: return reservationPage
                        case Kiosk.Card: return cardPage
                        case Kiosk.Ticket: return ticketPage
                        case Kiosk.Unavailable: return unavailablePage
                        default: return servicesPage
                        }
                    }
                }
                Loader {
                    active: Kiosk.stillThereAsked
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.spacingLarge
                    sourceComponent: StillThereDialog {
                        secondsLeft: Kiosk.secondsLeft
                        onContinued: Kiosk.touched()
                    }
                }
            }

            Banner {
                visible: Kiosk.clerkCalled
                color: Theme.success
                textColor: Theme.textOnSuccess
                text: qsTr("A clerk has been called and will come to you. Please wait here.")
            }
            Banner {
                objectName: "takeYourCard"
                visible: Kiosk.screen === Kiosk.Ticket && Kiosk.card !== null && Kiosk.card.cardPresent
                color: Theme.attention
                textColor: Theme.textOnAttention
                text: qsTr("Please take your My Number card from the reader.")
            }
            Banner {
                visible: Kiosk.message.length > 0 && Kiosk.screen !== Kiosk.Unavailable
                color: Theme.danger
                textColor: Theme.textOnDanger
                text: Kiosk.message
            }
        }
    }

    // A line across the bottom for what the visitor must know.
    // Its text is laid out only while it shows.
    component Banner: Rectangle {
        id: banner
        property string text
        property color textColor
        Layout.fillWidth: true
        implicitHeight: bannerText.implicitHeight + 2 * Theme.spacing
        Label {
            id: bannerText
            text: banner.visible ? banner.text : ""
            anchors.fill: parent
            anchors.margins: Theme.spacing
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: banner.textColor
            wrapMode: Text.Wrap
        }
    }

    Component {
        id: languagePage
        Item {
            LanguageChoices {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingHuge
                languages: Kiosk.languages
                current: Kiosk.language
                pixelSize: Theme.titleSize
                onChosen: language => root.chooseLanguage(language)
            }
        }
    }
    Component {
        id: servicesPage
        ServicesPage {
            services: Kiosk.services
            busy: Kiosk.busy
            open: Kiosk.officeOpen
            idle: Kiosk.screen === Kiosk.Attract
            languages: Kiosk.languages
            language: Kiosk.language
            officeName: Kiosk.officeName
            onChosen: code => Kiosk.issue(code)
            onReservation: Kiosk.startReservation()
            onLanguageChosen: language => root.chooseLanguage(language)
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
        id: cardPage
        CardPage {
            card: Kiosk.card
            busy: Kiosk.busy
            onSkip: Kiosk.skipCard()
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
            secondsLeft: Kiosk.secondsLeft
            hasDetails: Kiosk.ticketHasDetails
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
