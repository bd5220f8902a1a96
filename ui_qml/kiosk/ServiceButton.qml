// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// One service: its name, how many people wait, and the reference estimate.
AbstractButton {
    id: root

    required property string code
    required property string name
    required property int waiting
    required property string estimate

    padding: Theme.lowLayout ? Theme.spacingSmall : Theme.spacing
    // In the low layout the estimate follows the people waiting on one line.
    readonly property string waitingLine: qsTr("People waiting: %1").arg(root.waiting)
                                          + (Theme.lowLayout && root.estimate.length > 0 ? " · " + root.estimate : "")

    implicitHeight: Math.max(Theme.touchTarget * 2, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: name + ". " + waitingLine + ". " + estimate

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: root.visualFocus ? Theme.accent : Theme.outline
        border.width: root.visualFocus ? 4 : 2
        opacity: root.enabled ? (root.down ? 0.8 : 1.0) : 0.5
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.lowLayout ? Math.round(Theme.bodySize * 1.2) : Theme.titleSize
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: root.waitingLine
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.estimate.length > 0 && !Theme.lowLayout
            text: root.estimate
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
