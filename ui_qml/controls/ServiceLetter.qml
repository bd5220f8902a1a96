// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The letter of a service's ticket numbers (the "A" of A-023) as kiosk, board and console show it:
// white on the accent, one width for every letter, muted when the service cannot be chosen.
Label {
    id: root

    property bool muted: false

    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacingSmall
    Layout.minimumWidth: font.pixelSize + leftPadding + rightPadding
    horizontalAlignment: Text.AlignHCenter
    font.bold: true
    color: Theme.textOnAccent
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.muted ? Theme.divider : Theme.accent
    }
}
