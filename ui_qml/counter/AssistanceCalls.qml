// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The calls for a clerk from the kiosks at the console, oldest first: the kiosk, the visitor's
// language and since when; "I'll go" answers one for every console.
ListColumn {
    spacing: Theme.spacing
    model: Counter.assistance
    delegate: Rectangle {
        id: call
        required property var modelData
        implicitHeight: callRow.implicitHeight + 2 * Theme.spacingSmall
        radius: Theme.radius
        color: Theme.danger

        RowLayout {
            id: callRow
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("A visitor at the kiosk “%1” asks for a clerk (%2, since %3).")
                      .arg(call.modelData.kiosk).arg(UiLanguage.endonym(call.modelData.language)).arg(call.modelData.since)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.textOnDanger
                wrapMode: Text.WordWrap
            }
            AppButton {
                text: qsTr("I'll go")
                kind: AppButton.Main
                font.pixelSize: Theme.captionSize
                onClicked: Counter.answerCall(call.modelData.id)
            }
        }
    }
}
