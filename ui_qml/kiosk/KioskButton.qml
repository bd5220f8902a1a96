// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// A large touch button in the Theme's colours: at least 9 mm high, focus and press visible.
Button {
    id: root

    property bool primary: true

    // From the font size, not the script's line metrics: buttons in a row stay one height in every language.
    implicitHeight: Math.max(Theme.touchTarget, Math.ceil(font.pixelSize * 1.6) + 2 * Theme.spacing)
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacingLarge)
    font.pixelSize: Theme.bodySize
    font.bold: true
    Accessible.name: text

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.primary ? Theme.textOnAccent : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? Theme.accent : Theme.surface
        border.color: root.primary ? Theme.accent : Theme.outline
        border.width: root.visualFocus ? 4 : 2
        opacity: root.enabled ? (root.down ? 0.8 : 1.0) : 0.5
    }
}
