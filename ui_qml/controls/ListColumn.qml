// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A model's items one under another, each as wide as the list and as high as it needs, for a place
// in a Quick Layout. A positioner, never a Repeater straight inside a Layout: in Qt 6.4 a Layout whose
// Repeater rebuilds its delegates during a layout pass reads a freed delegate and crashes (seen only
// in real windows, never offscreen), and these models change whenever the server tells news.
Item {
    id: root

    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property alias spacing: column.spacing
    readonly property alias count: repeater.count

    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: root.width

        Repeater {
            id: repeater
            onItemAdded: (index, item) => item.width = Qt.binding(() => column.width)
        }
    }

    function itemAt(index) {
        return repeater.itemAt(index)
    }
}
