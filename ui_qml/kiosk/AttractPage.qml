// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// What the kiosk shows while nobody uses it: a welcome that invites a touch anywhere.
Item {
    id: root

    signal started()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: Theme.spacingLarge

        Label {
            Layout.fillWidth: true
            text: qsTr("Welcome")
            font.pixelSize: Theme.numberSize
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Touch the screen to take a number.")
            font.pixelSize: Theme.titleSize
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
    TapHandler {
        onTapped: root.started()
    }
}
