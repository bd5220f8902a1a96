// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// A counter action as a button with its keyboard shortcut, which works from anywhere in the window.
Button {
    id: root

    required property string label
    required property string shortcut
    signal triggered()

    text: label + "  [" + shortcut + "]"
    implicitHeight: Math.max(Theme.touchTarget, Math.ceil(font.pixelSize * 1.6) + 2 * Theme.spacingSmall)
    font.pixelSize: Theme.bodySize * 0.8
    Accessible.name: label
    onClicked: root.triggered()

    contentItem: Label {
        text: root.text
        font: root.font
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.accent
        opacity: root.enabled ? (root.down ? 0.8 : 1.0) : 0.4
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.text
    }

    Shortcut {
        sequence: root.shortcut
        enabled: root.enabled
        onActivated: root.triggered()
    }
}
