// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// The card read at the counter console: the kiosk's card steps, in the console's words, in a window
// over the forms pane while a reading is under way; the visitor enters the PIN at the console.
Item {
    Popup {
        visible: VisitForms.card.step !== CardReading.Idle && VisitForms.card.step !== CardReading.Done
        parent: Window.contentItem // the whole window, not only the pane
        anchors.centerIn: parent
        width: parent.width * 0.94
        height: parent.height * 0.92
        modal: true
        closePolicy: Popup.NoAutoClose
        background: Rectangle {
            color: Theme.background
            border.color: Theme.accent
            border.width: Theme.selectedBorderWidth
            radius: Theme.radius
        }
        contentItem: CardPage {
            card: VisitForms.card
            busy: VisitForms.busy
            atCounter: true
            compact: true
            onSkip: VisitForms.card.reset()
            onBack: VisitForms.card.reset()
        }
    }
}
