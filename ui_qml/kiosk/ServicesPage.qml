// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The services as cards in a grid that fills the screen, each with the people waiting and the
// reference estimate (参考値). Idle (nobody at the kiosk), it welcomes the next visitor and offers the
// languages large enough to read from 2 m, so the first touch can already be the visitor's own
// language or procedure.
Item {
    id: root

    required property var services
    required property bool busy
    required property bool open
    property bool idle: false
    property var languages: []
    property string language: ""
    property string officeName: ""
    signal chosen(string code)
    signal reservation()
    signal languageChosen(string language)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.lowLayout ? Theme.spacing : Theme.spacingLarge
        spacing: Theme.lowLayout ? Theme.spacing : Theme.spacingMedium

        Label {
            Layout.fillWidth: true
            visible: root.idle && !Theme.lowLayout
            //: The first line of the idle kiosk: %1 is the office's name
            text: UiLanguage.phrases(qsTr("Welcome to %1").arg(root.officeName))
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        LanguageChoices {
            objectName: "idleLanguages"
            Layout.fillWidth: true
            visible: root.idle && !Theme.lowLayout
            languages: root.languages
            current: root.language
            pixelSize: Theme.leadSize
            onChosen: language => root.languageChosen(language)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: UiLanguage.phrases(root.open ? qsTr("Which procedure are you here for?")
                                                   : qsTr("The office is closed now. Please come back during opening hours."))
                font.pixelSize: Theme.lowLayout ? Theme.bodySize : Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "reservation"
                Layout.alignment: Qt.AlignVCenter
                pictogram: "reservation"
                text: qsTr("I have a reservation")
                enabled: !root.busy
                onClicked: root.reservation()
            }
        }
        CellGrid {
            id: grid
            objectName: "services"
            Layout.fillWidth: true
            Layout.fillHeight: true
            fillHeight: true // equal widths and heights, whatever each name's length
            // Two rows on a landscape screen: three columns for up to six services, four (denser) beyond.
            columns: Theme.lowLayout || root.width > 1400 ? (grid.count > 6 ? 4 : 3) : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            model: root.services
            delegate: ServiceCard {
                dense: grid.count > 6
                enabled: root.open && !root.busy
                onClicked: root.chosen(code)
            }
        }
    }
}
