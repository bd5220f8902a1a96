// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// A service with the letter of its numbers, its name (in the office's first language, and under it
// in the rotating language), its people waiting and its congestion, in colour and in words (never
// colour alone).
GridLayout {
    id: root

    required property string prefix
    required property string name
    property string otherName: ""
    required property string waiting
    required property int level
    required property string levelText
    // The board's reading size (BoardWindow.readingSize).
    property int readingSize: Theme.bodySize

    columns: 4
    columnSpacing: Theme.spacing
    rowSpacing: 0

    ServiceLetter {
        Layout.alignment: Qt.AlignVCenter
        text: root.prefix
        font.pixelSize: root.readingSize
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // takes what the count and the level leave, and wraps there
        text: UiLanguage.phrases(root.name)
        font.pixelSize: root.readingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        text: root.waiting
        font.pixelSize: root.readingSize
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        readonly property int shade: Math.min(root.level, 2)
        implicitWidth: levelLabel.implicitWidth + 2 * Theme.spacing
        implicitHeight: levelLabel.implicitHeight
        radius: height / 2
        color: Theme.congestion[shade]
        border.color: Theme.outline
        border.width: Theme.highContrast ? 2 : 0

        Label {
            id: levelLabel
            anchors.centerIn: parent
            text: root.levelText
            font.pixelSize: root.readingSize
            font.bold: true
            color: Theme.textOnCongestion[parent.shade]
        }
    }
    // The name in the rotating language, under the row, as wide as the row.
    Item { visible: nameBelow.visible; implicitWidth: 1 }
    Label {
        id: nameBelow
        Layout.columnSpan: 3
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        visible: root.otherName.length > 0 && root.otherName !== root.name
        text: UiLanguage.phrases(root.otherName)
        font.pixelSize: root.readingSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
