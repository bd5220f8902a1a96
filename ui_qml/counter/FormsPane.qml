// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The no-writing counter (書かない窓口) for the visit at the counter: its forms (add or remove any,
// mark each signed), print them all; the details the forms need, each with where it came from, the
// sources that disagree side by side to choose from, the missing ones to type once for all forms, a
// character the fonts lack flagged; and the chosen form as it will print. The visitor's My Number
// card can be read here too.
Item {
    id: root

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The forms.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: VisitForms.active ? qsTr("Forms of %1").arg(Counter.visitNumber) : qsTr("No visit at the counter")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            ListView {
                objectName: "formList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                model: VisitForms.forms
                delegate: RowLayout {
                    id: formRow
                    required property var modelData
                    width: ListView.view.width
                    spacing: Theme.spacingTiny

                    AppButton {
                        Layout.fillWidth: true
                        toggle: true
                        checked: formRow.modelData.included
                        horizontalAlignment: Text.AlignLeft
                        wrap: true // form titles are long in some languages
                        text: formRow.modelData.title
                        stateText: !formRow.modelData.included ? qsTr("Not in the visit")
                                 : (formRow.modelData.printed ? qsTr("In the visit · printed") : qsTr("In the visit"))
                                   + (!formRow.modelData.readsNumber ? ""
                                      : formRow.modelData.numberRead ? " · " + qsTr("個人番号 from the card")
                                      : " · " + qsTr("個人番号: read the card"))
                        font.pixelSize: Theme.captionSize
                        onClicked: {
                            if (formRow.modelData.included && VisitForms.selected !== formRow.modelData.id)
                                VisitForms.select(formRow.modelData.id)
                            else
                                VisitForms.setIncluded(formRow.modelData.id, !formRow.modelData.included)
                        }
                    }
                    AppButton {
                        visible: formRow.modelData.included
                        toggle: true
                        checked: formRow.modelData.signed
                        //: The visitor has checked and signed the form
                        text: qsTr("Signed")
                        stateText: checked ? qsTr("Yes") : qsTr("No")
                        font.pixelSize: Theme.captionSize
                        onClicked: VisitForms.setSigned(formRow.modelData.id, !formRow.modelData.signed)
                    }
                }
            }
            AppButton {
                objectName: "readCard"
                Layout.fillWidth: true
                visible: VisitForms.card !== null
                enabled: VisitForms.active
                pictogram: "card-reader"
                text: qsTr("Read the My Number card")
                font.pixelSize: Theme.captionSize
                onClicked: VisitForms.readCard()
            }
            AppButton {
                objectName: "printAll"
                Layout.fillWidth: true
                kind: AppButton.Main
                enabled: VisitForms.active && !VisitForms.busy
                text: qsTr("Print all forms")
                detail: VisitForms.missing + VisitForms.conflicts > 0 ? qsTr("Empty boxes stay empty on paper") : ""
                secondLineRows: 2
                font.pixelSize: Theme.captionSize
                onClicked: VisitForms.printAll()
            }
            Label {
                objectName: "formsNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: VisitForms.problem.length > 0 ? VisitForms.problem : VisitForms.notice
                font.pixelSize: Theme.captionSize
                font.bold: true
                color: VisitForms.problem.length > 0 ? Theme.textOnDanger : Theme.textOnSuccess
                wrapMode: Text.Wrap
                padding: Theme.spacingSmall
                background: Rectangle {
                    color: VisitForms.problem.length > 0 ? Theme.danger : Theme.success
                    radius: Theme.radiusSmall
                }
            }
        }

        // The details the forms need.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 4
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("Details for the forms")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                objectName: "fieldCounts"
                Layout.fillWidth: true
                text: qsTr("%1 missing, %2 to choose").arg(VisitForms.missing).arg(VisitForms.conflicts)
                font.pixelSize: Theme.captionSize
                color: VisitForms.missing + VisitForms.conflicts > 0 ? Theme.danger : Theme.textMuted
                elide: Text.ElideRight
            }
            ListView {
                objectName: "fieldList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                model: VisitForms.fieldModel
                delegate: FieldRow {
                    width: ListView.view.width
                }
            }
            AppButton {
                Layout.fillWidth: true
                enabled: VisitForms.active
                text: qsTr("Add a household member")
                font.pixelSize: Theme.captionSize
                onClicked: VisitForms.addPerson()
            }
        }

        // The chosen form, as it will print.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            color: Theme.surface
            border.color: Theme.divider
            border.width: Theme.borderWidth

            Image {
                objectName: "formPreview"
                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                source: VisitForms.previewSource
                sourceSize.width: width
                fillMode: Image.PreserveAspectFit
                verticalAlignment: Image.AlignTop
                asynchronous: false
                cache: false
                Accessible.name: qsTr("Preview of the form as it will print")
            }
        }
    }

    // The card read at the counter (only with a card reader). A file of its own: a component of this
    // file could not be loaded (Qt 6.4 refuses a bound component outside its creation context).
    Loader {
        anchors.fill: parent
        active: VisitForms.card !== null
        source: "CounterCardWindow.qml"
    }

    // One field: its label and sources; the value to edit (a choice's answers as buttons), or the
    // disagreeing values to choose from.
    component FieldRow: ColumnLayout {
        id: row
        required property string field
        required property int person
        required property string label
        required property string value
        required property string code
        required property string sources
        required property var candidates
        required property var choices
        required property bool conflict
        required property bool missing
        required property bool undrawable
        spacing: Theme.spacingTiny

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                text: row.label
                font.pixelSize: Theme.captionSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                visible: text.length > 0
                text: row.conflict ? qsTr("Sources disagree: choose")
                    : row.missing ? qsTr("Missing")
                    : row.undrawable ? qsTr("外字: the fonts lack a character; write it by hand")
                    : row.sources
                font.pixelSize: Theme.captionSize
                font.bold: row.conflict || row.missing || row.undrawable
                color: row.conflict || row.missing || row.undrawable ? Theme.danger : Theme.textMuted
            }
        }
        HintField {
            Layout.fillWidth: true
            visible: !row.conflict && row.choices.length === 0
            text: row.value
            hint: qsTr("Type it once for every form")
            font.pixelSize: Theme.captionSize
            onEditingFinished: {
                if (text !== row.value && text.length > 0)
                    VisitForms.type(row.field, row.person, text)
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: !row.conflict && row.choices.length > 0
            spacing: Theme.spacingSmall
            Repeater {
                model: row.choices
                delegate: AppButton {
                    required property var modelData
                    toggle: true
                    checked: modelData.code === row.code
                    text: modelData.label
                    font.pixelSize: Theme.captionSize
                    onClicked: VisitForms.type(row.field, row.person, modelData.code)
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: row.conflict
            spacing: Theme.spacingSmall
            Repeater {
                model: row.candidates
                delegate: AppButton {
                    required property var modelData
                    text: modelData.value
                    detail: modelData.sourceLabel
                    font.pixelSize: Theme.captionSize
                    onClicked: VisitForms.choose(row.field, row.person, modelData.source)
                }
            }
        }
    }
}
