// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The queues as the clerk needs them: the longest wait in the office first, then per service the
// letter of its numbers, the people waiting, its congestion in colour and in words, how long its
// longest-waiting visitor has waited, the numbers parked in it (保留) to call back, and the one-stop
// visits on their way to it from another counter with the procedures they bring.
Pane {
    id: root

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }

    // The service whose visitor has waited longest, or null.
    readonly property var longest: {
        let found = null
        for (const queue of Counter.queues) {
            if (queue.longestWait >= 0 && (found === null || queue.longestWait > found.longestWait))
                found = queue
        }
        return found
    }

    function levelText(level: int): string {
        switch (level) {
        case 3: return qsTr("very crowded")
        case 2: return qsTr("crowded")
        case 1: return qsTr("some waiting")
        default: return qsTr("calm")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            text: qsTr("Queues")
            font.pixelSize: Theme.leadSize
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "longestWait"
            Layout.fillWidth: true
            text: root.longest === null ? qsTr("Nobody is waiting.")
                                        //: %1 minutes, %2 the service
                                        : qsTr("Longest wait: %1 min (%2)").arg(root.longest.longestWait).arg(root.longest.name)
            font.pixelSize: Theme.captionSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ListColumn {
            Layout.fillWidth: true
            spacing: Theme.spacingTiny
            model: Counter.queues
            delegate: GridLayout {
                id: queue
                required property var modelData
                readonly property int shade: Math.min(modelData.level, 2)
                columns: 4
                columnSpacing: Theme.spacingSmall
                rowSpacing: 0

                ServiceLetter {
                    leftPadding: Theme.spacingTiny
                    rightPadding: Theme.spacingTiny
                    text: queue.modelData.prefix
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    Layout.fillWidth: true
                    text: UiLanguage.phrases(queue.modelData.name)
                    font.pixelSize: Theme.captionSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("%1 waiting").arg(queue.modelData.waiting)
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    leftPadding: Theme.spacingSmall
                    rightPadding: Theme.spacingSmall
                    text: root.levelText(queue.modelData.level)
                    font.pixelSize: Theme.minimumTextSize
                    font.bold: true
                    color: Theme.textOnCongestion[queue.shade]
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.congestion[queue.shade]
                        border.color: Theme.outline
                        border.width: Theme.highContrast ? 2 : 0
                    }
                }
                Item { implicitWidth: 1 }
                Label {
                    Layout.columnSpan: 3
                    Layout.fillWidth: true
                    visible: text.length > 0
                    //: The one-stop visits on their way to this service from another counter, with what they bring
                    text: [queue.modelData.longestWait >= 0 ? qsTr("longest %1 min").arg(queue.modelData.longestWait) : "",
                           queue.modelData.parked.length > 0 ? qsTr("parked: %1").arg(queue.modelData.parked.join(", ")) : "",
                           queue.modelData.coming.length > 0 ? qsTr("coming: %1").arg(queue.modelData.coming.join("; ")) : ""]
                          .filter(part => part.length > 0).join(" · ")
                    font.pixelSize: Theme.minimumTextSize
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
