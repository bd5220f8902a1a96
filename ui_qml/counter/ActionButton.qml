// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Madoguchi.Ui

// A console action as a button with its keyboard shortcut, which works from anywhere in the window.
// A counter action (`counterAction`, an Api.CounterAction) follows the counter's state: filled when it is the
// state's main action, disabled with the reason (on up to two lines) when the server would refuse it.
AppButton {
    id: root

    required property string label
    required property string shortcut
    property int counterAction: -1
    // Checked by the console before triggering (pause and close ask first).
    property bool available: true
    signal triggered()

    readonly property string reason: counterAction >= 0 ? Counter.unavailable[counterAction] : ""

    text: label
    detail: "[" + shortcut + "]"
    kind: counterAction >= 0 && Counter.mainAction === counterAction ? AppButton.Main : AppButton.Secondary
    whyDisabled: reason
    secondLineRows: counterAction >= 0 ? 2 : 1 // room for a reason of two lines
    enabled: available && reason.length === 0
    font.pixelSize: Theme.captionSize
    onClicked: root.triggered()

    Shortcut {
        sequence: root.shortcut
        enabled: root.enabled
        onActivated: root.triggered()
    }
}
