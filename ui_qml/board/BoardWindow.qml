// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The display board (呼出表示盤): the numbers being called, the recent calls and the people waiting
// per service; captions and names rotate through the office's languages. Landscape or portrait.
ApplicationWindow {
    id: root

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    font.family: UiLanguage.fontFamily(Board.captionLanguage)

    readonly property bool portrait: height > width
    // For the screenshot tour.
    readonly property QtObject theme: Theme

    // Shown instead of the numbers while the board has lost the office server.
    Rectangle {
        id: offline
        objectName: "offline"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingLarge
        visible: !Board.connected
        height: visible ? offlineText.implicitHeight + 2 * Theme.spacingLarge : 0
        radius: Theme.radius
        color: Theme.danger
        Label {
            id: offlineText
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            text: Board.captions.offline
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.textOnDanger
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        anchors.topMargin: Theme.spacingLarge + (offline.visible ? offline.height + Theme.spacingLarge : 0)
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !root.portrait // upright, the calls take what they need and the lists the rest
            Layout.preferredWidth: 2
            spacing: Theme.spacing

            Label {
                text: Board.captions.nowCalling
                font.pixelSize: Theme.titleSize * 1.4
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                Layout.fillHeight: !root.portrait
                spacing: Theme.spacing

                Repeater {
                    model: Board.calling
                    delegate: CallTile {
                        required property var modelData
                        number: modelData.number
                        counterText: Board.captions.counter.arg(modelData.counter)
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            Label {
                text: Board.captions.recent
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: Board.recent
                    delegate: Label {
                        required property var modelData
                        text: modelData.number + "  " + Board.captions.counter.arg(modelData.counter)
                        font.pixelSize: Theme.bodySize * 1.3
                        color: Theme.textMuted
                    }
                }
            }
            Label {
                Layout.topMargin: Theme.spacingLarge
                text: Board.captions.waiting
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: Board.services
                delegate: ServiceStatusRow {
                    required property var modelData
                    Layout.fillWidth: true
                    name: modelData.name
                    waiting: modelData.waiting
                    level: modelData.level
                    levelText: modelData.levelText
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
