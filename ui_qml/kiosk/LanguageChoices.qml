// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Madoguchi.Ui

// The office's languages, each named in itself (UiLanguage.endonym) in its own script's font, in a grid
// of equal buttons (a CellGrid); the current one is marked (tint, check mark). One touch chooses.
CellGrid {
    id: root

    required property var languages
    required property string current
    property int pixelSize: Theme.titleSize
    signal chosen(string language)

    columns: Math.ceil(languages.length / 2)
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
    model: root.languages
    delegate: AppButton {
        required property string modelData
        objectName: "language-" + modelData
        text: UiLanguage.endonym(modelData)
        toggle: true
        checked: modelData === root.current
        font.family: UiLanguage.fontFamily(modelData)
        font.pixelSize: root.pixelSize
        onClicked: root.chosen(modelData)
    }
}
