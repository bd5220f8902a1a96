// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// One number being called, large, with its counter. A call made a moment ago stands out (`fresh`: the
// attention colour, steady, never flashing) for the seconds the board keeps it so.
Rectangle {
    id: root

    required property string number
    required property string counterText
    property bool fresh: false
    // The board's reading size (BoardWindow.readingSize): the number is three times it.
    property int readingSize: Theme.titleSize

    implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: fresh ? Theme.attention : Theme.accent
    border.color: Theme.outline
    border.width: Theme.highContrast ? Theme.borderWidth : 0

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 0

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.number
            font.pixelSize: Math.round(root.readingSize * 3)
            font.bold: true
            color: root.fresh ? Theme.textOnAttention : Theme.textOnAccent
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.counterText
            font.pixelSize: Math.round(root.readingSize * 1.4)
            font.bold: true
            color: root.fresh ? Theme.textOnAttention : Theme.textOnAccent
        }
    }
}
