// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// Asked 20 s before the kiosk returns to the start (WCAG 2.2.1): is the visitor still there? One touch
// on "Continue" (or anywhere) gives them the full time again.
Rectangle {
    id: root

    required property int secondsLeft
    signal continued()

    objectName: "stillThere"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: Theme.selectedBorderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: UiLanguage.phrases(qsTr("Are you still there?"))
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: UiLanguage.phrases(qsTr("The kiosk returns to the start in %1 s. Touch “Continue” to go on.").arg(root.secondsLeft))
            font.pixelSize: Theme.bodySize
            lineHeight: Theme.lineHeight
            color: Theme.text
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "continue"
            Layout.alignment: Qt.AlignRight
            kind: AppButton.Main
            //: Keeps the kiosk on the visitor's screen when asked "Are you still there?"
            text: qsTr("Continue")
            font.pixelSize: Theme.leadSize
            leftPadding: Theme.spacingHuge
            rightPadding: Theme.spacingHuge
            onClicked: root.continued()
        }
    }
}
