// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// Every button of the front ends, in one grammar (Theme): `kind: AppButton.Main` is filled, for the one
// main action of a screen; any other is outlined. A `toggle` (or checkable) button that is on, or a
// choice that is selected, shows a tint, a check mark and `stateText`, never the main action's fill. A disabled one
// is muted and says why (`whyDisabled`). An optional pictogram stands before the label, never instead
// of it. The label stays on one line, shrinking to Theme.minimumTextSize before anything else gives,
// unless `wrap` is set. At least 9 mm high; the focus ring of DADS when it has keyboard focus.
Button {
    id: root

    enum Kind { Main, Secondary }
    property int kind: AppButton.Secondary
    // A pictogram of resources/pictograms by its file's name ("language", "service-moving"), or "".
    property string pictogram: ""
    // The word for a checkable button's state ("On" / "Off"), under the label.
    property string stateText: ""
    // A second line under the label (a shortcut, a detail); replaced by whyDisabled while disabled.
    property string detail: ""
    property string whyDisabled: ""
    // The second line's font family, when it is in another script than the label.
    property string secondLineFamily: font.family
    property bool wrap: false
    // Lines kept for the second line: with 2 a long reason wraps in a box of two lines whatever its
    // length, so the button's height never depends on its width (Qt 6.4's Layouts re-enter there).
    property int secondLineRows: 1
    readonly property int secondLineSize: Math.max(Theme.minimumTextSize, Math.round(font.pixelSize * 0.75))
    readonly property int secondLineHeight: Math.round(secondLineSize * 1.2) // of each kept line
    // Shows an on/off or selected state in `checked`, which the owner binds (a click does not flip it).
    property bool toggle: false
    property int horizontalAlignment: Text.AlignHCenter
    readonly property Item focusRing: ring

    readonly property bool filled: kind === AppButton.Main && !checked
    readonly property color foreground: !enabled ? Theme.disabledText
                                      : checked ? Theme.textOnSelected
                                      : filled ? Theme.textOnAccent : Theme.accent
    // A toggle that is on puts its check mark on the state line, so switching it never moves or refits
    // the label; a selected choice has it before the label.
    readonly property string secondLine: !enabled && whyDisabled.length > 0 ? whyDisabled
                                       : stateText.length > 0 ? (toggle && checked ? "✓ " + stateText : stateText)
                                       : detail

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.bodySize
    font.bold: true
    Accessible.name: text
    Accessible.description: secondLine
    Accessible.checkable: toggle || checkable
    Accessible.checked: checked

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        Image {
            visible: root.checked && !(root.toggle && root.stateText.length > 0)
            Layout.preferredWidth: Math.round(root.font.pixelSize * 1.1)
            Layout.preferredHeight: Layout.preferredWidth
            source: visible ? Pictograms.source("check", root.foreground) : ""
            sourceSize.width: Layout.preferredWidth
            sourceSize.height: Layout.preferredHeight
        }
        Image {
            visible: root.pictogram.length > 0
            Layout.preferredWidth: Math.round(root.font.pixelSize * 1.5)
            Layout.preferredHeight: Layout.preferredWidth
            source: visible ? Pictograms.source(root.pictogram, root.foreground) : ""
            sourceSize.width: Layout.preferredWidth
            sourceSize.height: Layout.preferredHeight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Text {
                Layout.fillWidth: true
                text: root.text
                font: root.font
                color: root.foreground
                horizontalAlignment: root.horizontalAlignment
                verticalAlignment: Text.AlignVCenter
                wrapMode: root.wrap ? Text.Wrap : Text.NoWrap
                fontSizeMode: root.wrap ? Text.FixedSize : Text.HorizontalFit
                minimumPixelSize: Theme.minimumTextSize
            }
            Text {
                readonly property bool rows: root.secondLineRows > 1
                Layout.fillWidth: true
                Layout.preferredHeight: rows ? root.secondLineRows * root.secondLineHeight : -1
                visible: root.secondLine.length > 0 || rows
                text: root.secondLine
                font.family: root.secondLineFamily
                font.pixelSize: root.secondLineSize
                lineHeightMode: rows ? Text.FixedHeight : Text.ProportionalHeight
                lineHeight: rows ? root.secondLineHeight : 1
                color: !root.enabled ? Theme.textMuted : root.foreground
                horizontalAlignment: root.horizontalAlignment
                verticalAlignment: Text.AlignVCenter
                wrapMode: root.wrap || rows ? Text.Wrap : Text.NoWrap
                maximumLineCount: rows ? root.secondLineRows : 2147483647
                elide: rows ? Text.ElideRight : Text.ElideNone
                fontSizeMode: root.wrap || rows ? Text.FixedSize : Text.HorizontalFit
                minimumPixelSize: Theme.minimumTextSize
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.selected
             : root.filled && root.enabled ? (root.down ? Theme.accentPressed : Theme.accent)
             : root.down ? Theme.selected : Theme.surface
        border.color: root.enabled ? Theme.accent : Theme.divider
        border.width: root.checked ? Theme.selectedBorderWidth : Theme.borderWidth
    }
    FocusRing {
        id: ring
        visible: root.visualFocus
        radius: Theme.radius
    }
}
