// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// One service as a card to touch: its pictogram (always with the text beside it), the letter of its
// ticket numbers (as on the board), a short title and what it covers, the people waiting and the
// reference estimate, and an arrow that says it can be touched. Names keep their phrases together
// (UiLanguage.phrases): a line breaks between terms, never inside one.
AbstractButton {
    id: root

    required property string code
    required property string name
    required property string procedures
    required property string prefix
    required property string pictogram
    required property int waiting
    required property string estimate

    readonly property bool compact: Theme.lowLayout
    /// Set when the grid has more than two rows' worth of normal cards: smaller pictogram and title.
    property bool dense: false
    readonly property int pictogramSize: dense ? 64 : 96
    readonly property string waitingLine: qsTr("People waiting: %1").arg(root.waiting)
                                          + (root.estimate.length > 0 ? " · " + root.estimate : "")
    readonly property Item focusRing: ring

    objectName: "service-" + code
    padding: compact ? Theme.spacingSmall : Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget * 2, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: (prefix.length > 0 ? prefix + ". " : "") + name + ". " + procedures + ". " + waitingLine

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.selected : Theme.surface
        border.color: root.enabled ? Theme.outline : Theme.divider
        border.width: Theme.borderWidth
    }
    contentItem: RowLayout {
        spacing: root.compact ? Theme.spacingSmall : Theme.spacing

        // The pictogram with the letter of the service's numbers under it, as the board shows it.
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingSmall

            Image {
                visible: root.pictogram.length > 0 && !root.compact
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.pictogramSize
                Layout.preferredHeight: root.pictogramSize
                source: visible ? Pictograms.source("service-" + root.pictogram, root.enabled ? Theme.accent : Theme.disabledText) : ""
                sourceSize.width: root.pictogramSize
                sourceSize.height: root.pictogramSize
            }
            ServiceLetter {
                visible: root.prefix.length > 0
                Layout.alignment: Qt.AlignHCenter
                text: root.prefix
                font.pixelSize: root.compact ? Theme.bodySize : Theme.leadSize
                muted: !root.enabled
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: root.compact ? 0 : Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: UiLanguage.phrases(root.name)
                font.pixelSize: root.compact ? Theme.bodySize : root.dense ? Theme.leadSize : Theme.titleSize
                font.bold: true
                lineHeight: 1.2
                color: root.enabled ? Theme.text : Theme.disabledText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.procedures.length > 0
                text: UiLanguage.phrases(root.procedures)
                font.pixelSize: root.compact || root.dense ? Theme.captionSize : Theme.bodySize
                lineHeight: 1.3
                color: root.enabled ? Theme.text : Theme.disabledText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: UiLanguage.phrases(root.waitingLine)
                font.pixelSize: root.compact || root.dense ? Theme.captionSize : Theme.bodySize
                color: root.enabled ? Theme.textMuted : Theme.disabledText
                wrapMode: Text.Wrap
            }
        }
        // The affordance: a card with an arrow is a thing to touch.
        Label {
            Layout.alignment: Qt.AlignVCenter
            text: "›"
            font.pixelSize: root.compact || root.dense ? Theme.titleSize : Theme.displaySize
            font.bold: true
            color: root.enabled ? Theme.accent : Theme.disabledText
        }
    }
    FocusRing {
        id: ring
        visible: root.visualFocus
    }
}
