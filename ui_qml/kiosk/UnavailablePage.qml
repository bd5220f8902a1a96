// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The office system cannot be reached: say so, issue nothing, offer to try again.
Item {
    id: root

    required property string message
    signal retry()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.spacingLarge

        Label {
            Layout.fillWidth: true
            text: root.message
            font.pixelSize: Theme.titleSize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        AppButton {
            Layout.alignment: Qt.AlignHCenter
            kind: AppButton.Main
            text: qsTr("Try again")
            onClicked: root.retry()
        }
    }
}
