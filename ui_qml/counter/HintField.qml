// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// A text field that says what goes in it while it is empty; the hint is also its accessible name.
// The focus ring of DADS while it has the keyboard's focus.
TextField {
    id: root

    required property string hint
    readonly property Item focusRing: ring

    Accessible.name: hint
    color: Theme.text
    background: FieldBackground {
        available: root.enabled
    }

    FocusRing {
        id: ring
        visible: root.activeFocus
        radius: Theme.radiusSmall
    }

    Label {
        anchors.fill: parent
        leftPadding: root.leftPadding
        rightPadding: root.rightPadding
        topPadding: root.topPadding
        bottomPadding: root.bottomPadding
        verticalAlignment: Text.AlignVCenter
        visible: root.length === 0 && root.preeditText.length === 0
        text: root.hint
        font: root.font
        color: Theme.textMuted
        elide: Text.ElideRight
    }
}
