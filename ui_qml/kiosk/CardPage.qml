// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// Reading the visitor's My Number card so as not to write: what is read and why (consent), placing
// the card, a warning to confirm at one PIN try left, the PIN pad (dots only, never the digits, in the
// order of a phone's keypad), a locked card and where to reset it. A ticket without the card and a way
// back are always there. The digits go to the kiosk's card reading one by one and stay there.
Item {
    id: root

    required property CardReading card
    required property bool busy
    // At the counter console the clerk's screen reads the card and nothing is issued: its own words.
    property bool atCounter: false
    signal skip()
    signal back()

    readonly property int step: card.step
    // Smaller text and spacing: the low layout, or a window on the console.
    property bool compact: Theme.lowLayout
    readonly property bool working: step === CardReading.Checking || step === CardReading.Reading || step === CardReading.Done

    // The screen's question and its explanation, as the voice guidance says them.
    readonly property string title: {
        switch (step) {
        case CardReading.Consent: return qsTr("Read your My Number card instead of writing?")
        case CardReading.PlaceCard: return qsTr("Place your My Number card on the reader")
        case CardReading.LastTry: return qsTr("Only one PIN try is left")
        case CardReading.Pin: return qsTr("Enter your card's 4-digit PIN")
        case CardReading.Done: return qsTr("Your card has been read")
        case CardReading.Locked: return qsTr("The PIN of this card is locked")
        case CardReading.Unavailable: return qsTr("The card reader cannot be used now")
        default: return qsTr("Reading the card…")
        }
    }
    readonly property string explanation: {
        switch (step) {
        case CardReading.Consent:
            if (root.atCounter && !root.card.individualNumberWanted)
                return qsTr("The name, address, date of birth and sex on your card are read for your forms. Your individual "
                            + "number is not read. The details are deleted at the end of the day. You need the card's 4-digit PIN.")
            if (root.card.individualNumberWanted)
                return qsTr("The name, address, date of birth and sex on your card are read for your forms, and your individual "
                            + "number for the forms that need it by law: it is printed on them and not kept. The details are "
                            + "deleted at the end of the day. You need the card's 4-digit PIN.")
            return qsTr("The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, "
                        + "who fills in your forms. Your individual number is not read. The details are deleted at the end of "
                        + "the day. You need the card's 4-digit PIN.")
        case CardReading.PlaceCard: return qsTr("The reader is below the screen. Leave the card there until the screen says it has been read.")
        case CardReading.LastTry:
            return qsTr("If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not "
                        + "sure of the PIN, take a ticket without the card: the clerk will help you.")
        case CardReading.Pin: return qsTr("The digits are not shown on the screen. Tries left: %1").arg(root.card.triesLeft)
        case CardReading.Done: return root.atCounter ? qsTr("Please take your card with you.") : qsTr("Please take your card with you. Your ticket is coming.")
        case CardReading.Locked:
            if (root.atCounter)
                return qsTr("The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the "
                            + "municipal office with the card.")
            return qsTr("The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the "
                        + "municipal office with the card. You can still take a ticket now: the clerk will help you with the forms.")
        case CardReading.Unavailable:
            return root.atCounter ? qsTr("The card reader is not connected, or the smart card service is not running.")
                                  : qsTr("Please take a ticket: the clerk will enter your details.")
        default: return qsTr("Please do not move the card.")
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? Theme.spacing : Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: root.compact ? Theme.spacingSmall : Theme.spacing

            Label {
                objectName: "cardTitle"
                Layout.fillWidth: true
                text: UiLanguage.phrases(root.title)
                font.pixelSize: root.compact ? Theme.bodySize : Theme.titleSize
                font.bold: true
                lineHeight: Theme.headingLineHeight
                color: root.step === CardReading.LastTry || root.step === CardReading.Locked ? Theme.danger : Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "cardExplanation"
                Layout.fillWidth: true
                text: UiLanguage.phrases(root.explanation)
                font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                lineHeight: root.compact ? Theme.headingLineHeight : Theme.lineHeight
                color: Theme.text
                wrapMode: Text.Wrap
            }
            // Why the last attempt did not work (a wrong PIN, the card moved, another card).
            Rectangle {
                Layout.fillWidth: true
                visible: root.card.problem.length > 0
                implicitHeight: problemText.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radiusSmall
                color: Theme.attention
                Label {
                    id: problemText
                    objectName: "cardProblem"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    text: UiLanguage.phrases(root.card.problem)
                    font.pixelSize: root.compact ? Theme.captionSize : Theme.bodySize
                    font.bold: true
                    color: Theme.textOnAttention
                    wrapMode: Text.Wrap
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: root.working
                running: visible
            }
            // The main action of the step, then a ticket without the card, then back.
            AppButton {
                objectName: "cardMain"
                Layout.fillWidth: true
                visible: text.length > 0
                kind: AppButton.Main
                wrap: true
                enabled: !root.busy
                text: {
                    switch (root.step) {
                    case CardReading.Consent: return qsTr("Read my card")
                    case CardReading.LastTry: return qsTr("I am sure of my PIN")
                    case CardReading.Locked:
                    case CardReading.Unavailable: return root.atCounter ? qsTr("Close") : qsTr("Take a ticket")
                    default: return ""
                    }
                }
                onClicked: {
                    if (root.step === CardReading.Consent)
                        root.card.consent()
                    else if (root.step === CardReading.LastTry)
                        root.card.acceptLastTry()
                    else
                        root.skip()
                }
            }
            AppButton {
                objectName: "cardSkip"
                Layout.fillWidth: true
                visible: !root.working && root.step !== CardReading.Locked && root.step !== CardReading.Unavailable
                wrap: true
                enabled: !root.busy
                text: root.atCounter ? qsTr("Do not read the card") : qsTr("No, just a ticket")
                onClicked: root.skip()
            }
            AppButton {
                objectName: "cardBack"
                Layout.fillWidth: true
                visible: !root.working
                text: qsTr("Back")
                onClicked: root.back()
            }
        }

        // The card on the reader, or the PIN pad.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1

            Image {
                anchors.centerIn: parent
                visible: root.step !== CardReading.Pin
                width: Math.min(parent.width, parent.height) * 0.45
                height: width
                sourceSize.width: width
                sourceSize.height: height
                readonly property bool warning: root.step === CardReading.LastTry || root.step === CardReading.Locked
                source: Pictograms.source(warning ? "lock" : "card-reader", warning ? Theme.danger : Theme.accent)
            }
            PinPad {
                anchors.centerIn: parent
                visible: root.step === CardReading.Pin
                card: root.card
            }
        }
    }
}
