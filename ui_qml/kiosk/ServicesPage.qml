// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The services as large buttons, each with the people waiting and the reference estimate (参考値).
Item {
    id: root

    required property var services
    required property bool busy
    required property bool open
    signal chosen(string code)
    signal reservation()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.lowLayout ? Theme.spacing : Theme.spacingLarge
        spacing: Theme.lowLayout ? Theme.spacing : Theme.spacingLarge

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: root.open ? qsTr("Which procedure are you here for?")
                                : qsTr("The office is closed now. Please come back during opening hours.")
                font.pixelSize: Theme.lowLayout ? Theme.bodySize : Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            KioskButton {
                Layout.alignment: Qt.AlignVCenter
                text: qsTr("I have a reservation")
                enabled: !root.busy
                onClicked: root.reservation()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 1400 ? 3 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: root.services
                delegate: ServiceButton {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    enabled: root.open && !root.busy
                    onClicked: root.chosen(code)
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
