// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A model's items in equal cells, filling the grid's width and, with fillHeight, its height (else each
// row as high as the highest item), for a place in a Quick Layout. A positioner for the reason
// ListColumn gives: Qt 6.4's Layouts crash when a Repeater inside them rebuilds during a layout pass.
Item {
    id: root

    property alias model: repeater.model
    readonly property alias count: repeater.count
    property alias delegate: repeater.delegate
    property alias columns: grid.columns
    property alias columnSpacing: grid.columnSpacing
    property alias rowSpacing: grid.rowSpacing
    property bool fillHeight: false
    readonly property int rows: Math.max(1, Math.ceil(repeater.count / grid.columns))
    readonly property real cellWidth: Math.max(0, (width - (grid.columns - 1) * grid.columnSpacing) / grid.columns)
    readonly property real cellHeight: {
        if (fillHeight)
            return Math.max(0, (height - (rows - 1) * grid.rowSpacing) / rows)
        let highest = 0
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i)
            if (item)
                highest = Math.max(highest, item.implicitHeight)
        }
        return highest
    }

    implicitHeight: fillHeight ? 0 : rows * cellHeight + (rows - 1) * grid.rowSpacing

    Grid {
        id: grid
        width: root.width

        Repeater {
            id: repeater
            onItemAdded: (index, item) => {
                item.width = Qt.binding(() => root.cellWidth)
                item.height = Qt.binding(() => root.cellHeight)
            }
        }
    }
}
