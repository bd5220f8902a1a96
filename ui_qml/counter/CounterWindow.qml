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
    //: The console window's title: %1 is the counter's number
    title: qsTr("Counter %1 — counter console").arg(Counter.counterNumber)

    // For the screenshot tour.
    readonly property QtObject theme: Theme
    // The action (Api.Pause or Api.Close) waiting for the clerk's confirmation, or -1.
    property int confirming: -1
    // The visit's forms (書かない窓口) instead of the queue and the visit's actions.
    property bool showForms: false

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
                font.pixelSize: Theme.leadSize
                font.bold: true
                color: Theme.text
            }
            Label {
                text: root.statusText(Counter.counterStatus)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.accent
            }
            // The counter's own state, set apart from the visit's actions: pausing and closing ask first.
            RowLayout {
                objectName: "counterActions"
                spacing: Theme.spacingSmall
                enabled: !Counter.busy

                ActionButton {
                    label: qsTr("Pause"); shortcut: "F8"; counterAction: Api.Pause
                    secondLineRows: 1 // a short reason: the header keeps one line
                    onTriggered: root.confirming = Api.Pause
                }
                ActionButton {
                    label: qsTr("Open", "action: open the counter"); shortcut: "F9"; counterAction: Api.Open
                    secondLineRows: 1 // a short reason: the header keeps one line
                    onTriggered: Counter.act(Api.Open)
                }
                ActionButton {
                    label: qsTr("Close", "action: close the counter for the day"); shortcut: "F10"; counterAction: Api.Close
                    secondLineRows: 1 // a short reason: the header keeps one line
                    onTriggered: root.confirming = Api.Close
                }
            }
            ActionButton {
                objectName: "formsToggle"
                label: root.showForms ? qsTr("Queue and actions") : qsTr("Forms")
                shortcut: "F11"
                secondLineRows: 1
                onTriggered: root.showForms = !root.showForms
            }
            ActionButton { label: qsTr("Log out"); shortcut: "Ctrl+Q"; onTriggered: Counter.logout() }
        }
        // Pause and close are confirmed here before they are sent.
        Rectangle {
            objectName: "confirmation"
            Layout.fillWidth: true
            visible: root.confirming >= 0
            implicitHeight: confirmRow.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.accent
            border.width: Theme.selectedBorderWidth

            RowLayout {
                id: confirmRow
                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: root.confirming === Api.Close ? qsTr("Close counter %1 for the day? Waiting visitors stay in the queue.").arg(Counter.counterNumber)
                                                        : qsTr("Pause counter %1? No one is called here until it is opened again.").arg(Counter.counterNumber)
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                AppButton {
                    objectName: "confirm"
                    kind: AppButton.Main
                    text: root.confirming === Api.Close ? qsTr("Close", "action: close the counter for the day") : qsTr("Pause")
                    font.pixelSize: Theme.captionSize
                    onClicked: {
                        const action = root.confirming
                        root.confirming = -1
                        Counter.act(action)
                    }
                }
                AppButton {
                    //: Keeps the counter as it is instead of pausing or closing it
                    text: qsTr("Cancel")
                    font.pixelSize: Theme.captionSize
                    onClicked: root.confirming = -1
                }
            }
        }

        // Calls for a clerk from the kiosks, oldest first, until someone goes.
        AssistanceCalls {
            Layout.fillWidth: true
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.showForms ? 1 : 0

        RowLayout {
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.spacing

                VisitPane {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: implicitHeight
                }
                // The visit's actions, in the order of their keys (F1 … F7).
                GridLayout {
                    id: visitActions
                    objectName: "visitActions"
                    // Four equal columns, whatever the labels' and reasons' lengths.
                    readonly property real cell: (width - 3 * columnSpacing) / 4
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: Theme.spacingSmall
                    rowSpacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    ActionButton { Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("Call next"); shortcut: "F1"; counterAction: Api.CallNext; onTriggered: Counter.act(Api.CallNext) }
                    ActionButton { Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("Recall"); shortcut: "F2"; counterAction: Api.Recall; onTriggered: Counter.act(Api.Recall) }
                    ActionButton { Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("Start"); shortcut: "F3"; counterAction: Api.Start; onTriggered: Counter.act(Api.Start) }
                    ActionButton {
                        Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("Finish"); shortcut: "F4"; counterAction: Api.Finish
                        onTriggered: {
                            Counter.act(Api.Finish, { outcome: outcome.text })
                            outcome.text = ""
                        }
                    }
                    ActionButton { Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("No-show"); shortcut: "F5"; counterAction: Api.NoShow; onTriggered: Counter.act(Api.NoShow) }
                    ActionButton { Layout.fillWidth: true; Layout.preferredWidth: visitActions.cell; label: qsTr("Park"); shortcut: "F6"; counterAction: Api.Park; onTriggered: Counter.act(Api.Park) }
                    ActionButton {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2 * visitActions.cell + visitActions.columnSpacing
                        Layout.columnSpan: 2
                        label: qsTr("Transfer"); shortcut: "F7"; counterAction: Api.Transfer
                        onTriggered: Counter.act(Api.Transfer, { service: service.currentValue })
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    HintField {
                        id: outcome
                        Layout.fillWidth: true
                        enabled: Counter.visitStatus === "serving"
                        //: What came of the visit, recorded with Finish (F4), e.g. "certificate issued"
                        hint: qsTr("Outcome (optional), recorded with Finish")
                        font.pixelSize: Theme.captionSize
                    }
                    ChoiceField {
                        id: service
                        Layout.preferredWidth: visitActions.cell * 1.6
                        Layout.fillHeight: true // as tall as the text field beside it
                        model: Counter.queues
                        textRole: "name"
                        valueRole: "code"
                        font.pixelSize: Theme.captionSize
                        Accessible.name: qsTr("Service to transfer to")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    enabled: !Counter.busy

                    HintField {
                        id: number
                        Layout.preferredWidth: parent.width * 0.36
                        hint: qsTr("Number, e.g. A-023")
                        font.pixelSize: Theme.captionSize
                    }
                    ActionButton {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Call this number"); shortcut: "Ctrl+K"; counterAction: Api.Call
                        onTriggered: Counter.act(Api.Call, { number: number.text })
                    }
                    ActionButton {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Unpark"); shortcut: "Ctrl+U"; counterAction: Api.Unpark
                        onTriggered: Counter.act(Api.Unpark, { number: number.text })
                    }
                }
            }

            QueuePane {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 2
            }
        }

        FormsPane {}
        }

        Label {
            Layout.fillWidth: true
            visible: Counter.message.length > 0
            text: Counter.message
            font.pixelSize: Theme.captionSize
            font.bold: true
            color: Theme.textOnDanger
            wrapMode: Text.WordWrap
            padding: Theme.spacingSmall
            background: Rectangle { color: Theme.danger; radius: Theme.radius / 2 }
        }
    }
}
