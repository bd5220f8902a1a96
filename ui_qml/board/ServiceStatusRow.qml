// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// A service with its people waiting and its congestion, in colour and in words (never colour alone).
RowLayout {
    id: root

    required property string name
    required property string waiting
    required property int level
    required property string levelText

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // takes what the count and the level leave, and wraps there
        text: root.name
        font.pixelSize: Theme.bodySize * 1.2
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Label {
        text: root.waiting
        font.pixelSize: Theme.bodySize * 1.2
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        readonly property int shade: Math.min(root.level, 2)
        implicitWidth: levelLabel.implicitWidth + 2 * Theme.spacing
        implicitHeight: levelLabel.implicitHeight + Theme.spacingSmall
        radius: height / 2
        color: Theme.congestion[shade]
        border.color: Theme.outline
        border.width: Theme.highContrast ? 2 : 0

        Label {
            id: levelLabel
            anchors.centerIn: parent
            text: root.levelText
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.textOnCongestion[parent.shade]
        }
    }
}
