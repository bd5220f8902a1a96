// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// One number being called, large, with its counter.
Rectangle {
    id: root

    required property string number
    required property string counterText

    implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.accent

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 0

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.number
            font.pixelSize: Theme.numberSize * 1.4
            font.bold: true
            color: Theme.textOnAccent
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.counterText
            font.pixelSize: Theme.titleSize * 1.2
            font.bold: true
            color: Theme.textOnAccent
        }
    }
}
