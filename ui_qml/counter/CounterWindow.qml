// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The counter console (窓口端末): login, the counter's status, the visit at it, every action with a
// keyboard shortcut, and the queues. Made for 1366×768.
ApplicationWindow {
    id: root

    width: 1366
    height: 768
    visible: true
    color: Theme.background
    font.family: UiLanguage.fontFamily(UiLanguage.current)
    title: qsTr("Counter %1").arg(Counter.counterNumber)

    // For the screenshot tour.
    readonly property QtObject theme: Theme

    function statusText(status: string): string {
        switch (status) {
        case "open": return qsTr("Open", "the counter's status")
        case "paused": return qsTr("Paused", "the counter's status")
        case "closed": return qsTr("Closed", "the counter's status")
        default: return status
        }
    }

    LoginPane {
        visible: !Counter.loggedIn
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.5, 600)
    }

    ColumnLayout {
        visible: Counter.loggedIn
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Counter %1 — %2").arg(Counter.counterNumber).arg(Counter.staff)
                font.pixelSize: Theme.titleSize * 0.8
                font.bold: true
                color: Theme.text
            }
            Label {
                text: root.statusText(Counter.counterStatus)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.accent
            }
            ActionButton { label: qsTr("Log out"); shortcut: "Ctrl+Q"; onTriggered: Counter.logout() }
        }

        // Calls for a clerk from the kiosks, oldest first, until someone goes.
        Repeater {
            model: Counter.assistance
            delegate: Rectangle {
                id: call
                required property var modelData
                Layout.fillWidth: true
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
                    Button {
                        text: qsTr("I'll go")
                        font.pixelSize: Theme.bodySize
                        onClicked: Counter.answerCall(call.modelData.id)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.spacing

                VisitPane {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: Theme.spacingSmall
                    rowSpacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    ActionButton { Layout.fillWidth: true; label: qsTr("Call next"); shortcut: "F1"; onTriggered: Counter.act(Api.CallNext) }
                    ActionButton { Layout.fillWidth: true; label: qsTr("Recall"); shortcut: "F2"; onTriggered: Counter.act(Api.Recall) }
                    ActionButton { Layout.fillWidth: true; label: qsTr("Start"); shortcut: "F3"; onTriggered: Counter.act(Api.Start) }
                    ActionButton {
                        Layout.fillWidth: true; label: qsTr("Finish"); shortcut: "F4"
                        onTriggered: {
                            Counter.act(Api.Finish, { outcome: outcome.text })
                            outcome.text = ""
                        }
                    }
                    ActionButton { Layout.fillWidth: true; label: qsTr("No-show"); shortcut: "F5"; onTriggered: Counter.act(Api.NoShow) }
                    ActionButton { Layout.fillWidth: true; label: qsTr("Park"); shortcut: "F6"; onTriggered: Counter.act(Api.Park) }
                    ActionButton { Layout.fillWidth: true; label: qsTr("Pause"); shortcut: "F8"; onTriggered: Counter.act(Api.Pause) }
                    ActionButton { Layout.fillWidth: true; label: qsTr("Open", "action: open the counter"); shortcut: "F9"; onTriggered: Counter.act(Api.Open) }
                }
                HintField {
                    id: outcome
                    Layout.fillWidth: true
                    enabled: Counter.visitStatus === "serving"
                    //: What came of the visit, recorded with Finish (F4), e.g. "certificate issued"
                    hint: qsTr("Outcome (optional), recorded with Finish")
                    font.pixelSize: Theme.bodySize * 0.8
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    HintField {
                        id: number
                        Layout.fillWidth: true
                        hint: qsTr("Number, e.g. A-023")
                        font.pixelSize: Theme.bodySize * 0.8
                    }
                    ActionButton {
                        label: qsTr("Call this number"); shortcut: "Ctrl+K"
                        onTriggered: Counter.act(Api.Call, { number: number.text })
                    }
                    ActionButton {
                        label: qsTr("Unpark"); shortcut: "Ctrl+U"
                        onTriggered: Counter.act(Api.Unpark, { number: number.text })
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    ComboBox {
                        id: service
                        Layout.fillWidth: true
                        model: Counter.queues
                        textRole: "name"
                        valueRole: "code"
                        font.pixelSize: Theme.bodySize * 0.8
                        Accessible.name: qsTr("Service to transfer to")
                    }
                    ActionButton {
                        label: qsTr("Transfer"); shortcut: "F7"
                        onTriggered: Counter.act(Api.Transfer, { service: service.currentValue })
                    }
                    ActionButton { label: qsTr("Close", "action: close the counter for the day"); shortcut: "F10"; onTriggered: Counter.act(Api.Close) }
                }
            }

            Pane {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingSmall

                    Label {
                        text: qsTr("Queues")
                        font.pixelSize: Theme.titleSize * 0.8
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: Counter.queues
                        delegate: RowLayout {
                            id: queue
                            required property var modelData
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: queue.modelData.name
                                font.pixelSize: Theme.bodySize * 0.8
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                text: qsTr("%1 waiting").arg(queue.modelData.waiting)
                                font.pixelSize: Theme.bodySize * 0.8
                                font.bold: true
                                color: Theme.text
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: Counter.message.length > 0
            text: Counter.message
            font.pixelSize: Theme.bodySize * 0.8
            font.bold: true
            color: Theme.textOnDanger
            wrapMode: Text.WordWrap
            padding: Theme.spacingSmall
            background: Rectangle { color: Theme.danger; radius: Theme.radius / 2 }
        }
    }
}
