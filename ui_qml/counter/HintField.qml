// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// A text field that says what goes in it while it is empty; the hint is also its accessible name.
TextField {
    id: root

    required property string hint

    Accessible.name: hint

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
