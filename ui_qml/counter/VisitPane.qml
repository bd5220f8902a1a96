// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The visit at the counter: its number, where it stands, its steps, and why it was called.
Pane {
    id: root

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }

    function stateText(state: string): string {
        switch (state) {
        case "pending": return qsTr("later")
        case "waiting": return qsTr("waiting")
        case "called": return qsTr("called")
        case "serving": return qsTr("serving")
        case "parked": return qsTr("parked")
        case "done": return qsTr("done")
        case "no-show": return qsTr("did not come")
        case "transferred": return qsTr("transferred")
        case "cancelled": return qsTr("cancelled")
        default: return state
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            visible: Counter.visitNumber.length === 0
            text: qsTr("No visitor at this counter.")
            font.pixelSize: Theme.titleSize
            color: Theme.textMuted
        }
        Label {
            visible: Counter.visitNumber.length > 0
            text: Counter.visitNumber
            font.pixelSize: Theme.displaySize
            font.bold: true
            color: Theme.accent
        }
        Label {
            visible: Counter.visitNumber.length > 0
            text: Counter.visitStatus === "serving" ? qsTr("Serving") : Counter.visitStatus === "called" ? qsTr("Called, not yet here")
                                                                                                         : Counter.visitStatus
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: Counter.reason.length > 0
            text: qsTr("Why this visitor: %1").arg(Counter.reason)
            font.pixelSize: Theme.captionSize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        ListColumn {
            Layout.fillWidth: true
            model: Counter.visitSteps
            delegate: Label {
                required property var modelData
                text: (modelData.here ? "▶ " : "　") + modelData.service + " — " + root.stateText(modelData.state)
                font.pixelSize: Theme.captionSize
                font.bold: modelData.here
                color: Theme.text
                elide: Text.ElideRight
            }
        }
        Item { Layout.fillHeight: true }
    }
}
