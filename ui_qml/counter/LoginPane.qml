// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// Staff login at this counter.
Pane {
    id: root

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Counter %1: staff login").arg(Counter.counterNumber)
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        HintField {
            id: login
            Layout.fillWidth: true
            hint: qsTr("Login")
            font.pixelSize: Theme.bodySize
            focus: true
        }
        HintField {
            id: password
            Layout.fillWidth: true
            hint: qsTr("Password")
            echoMode: TextInput.Password
            font.pixelSize: Theme.bodySize
            onAccepted: signIn.triggered()
        }
        ActionButton {
            id: signIn
            label: qsTr("Log in")
            shortcut: "Ctrl+Return"
            kind: AppButton.Main
            available: !Counter.busy && login.text.length > 0 && password.text.length > 0
            onTriggered: {
                Counter.login(login.text, password.text)
                password.text = ""
            }
        }
    }
}
