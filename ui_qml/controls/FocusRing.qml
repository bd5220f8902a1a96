// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Madoguchi.Ui

// The focus ring of the Digital Agency's design system around a control with keyboard focus: 2 px of
// the inner colour, then 4 px of the outer, outside the control's edge, so it shows on filled and
// outlined controls alike. A control exposes it as its `focusRing` property; the screen inspector
// checks its colours against the control and against what the control stands on.
Item {
    id: root

    // The control's own corner radius, so the ring follows its shape.
    property real radius: Theme.radius
    readonly property color innerColor: Theme.focusInner
    readonly property color outerColor: Theme.focusOuter
    // What the rings draw: constant while hidden, so a switch of the colour scheme does not repaint
    // the rounded outlines of every control's hidden ring.
    readonly property color shownInner: visible ? innerColor : "transparent"
    readonly property color shownOuter: visible ? outerColor : "transparent"
    readonly property int innerWidth: Theme.focusInnerWidth
    readonly property int outerWidth: Theme.focusOuterWidth

    anchors.fill: parent
    anchors.margins: -(innerWidth + outerWidth)
    z: 10

    Rectangle {
        anchors.fill: parent
        radius: root.radius + root.innerWidth + root.outerWidth
        color: "transparent"
        border.color: root.shownOuter
        border.width: root.outerWidth
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: root.outerWidth
        radius: root.radius + root.innerWidth
        color: "transparent"
        border.color: root.shownInner
        border.width: root.innerWidth
    }
}
