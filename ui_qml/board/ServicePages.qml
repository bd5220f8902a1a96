// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// The services' rows in the height the board leaves them. When they all fit they are simply listed;
// when an office has more services than its distance lets the screen hold, they are shown a page at
// a time, whole rows only, the page turning every few seconds with "1 / 2" in the corner, so that no
// row is ever cut off or made smaller than can be read.
Item {
    id: root

    required property var services
    required property int readingSize
    property int turnSeconds: 8
    property int page: 0
    readonly property alias rows: rows
    // The first row of each page, for the height there is.
    readonly property var pageStarts: {
        const whole = paginate(height)
        return whole.length > 1 ? paginate(height - indicator.implicitHeight - Theme.spacingSmall) : whole
    }
    readonly property int pageCount: pageStarts.length
    readonly property int shownPage: Math.min(page, pageCount - 1)
    readonly property int firstShown: pageStarts[shownPage]
    readonly property int endShown: shownPage + 1 < pageCount ? pageStarts[shownPage + 1] : rows.count

    function paginate(limit: real): var {
        const starts = [0]
        let used = 0
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.itemAt(i)
            if (!row)
                continue
            const needed = row.implicitHeight + (used > 0 ? rows.spacing : 0)
            if (used > 0 && used + needed > limit) {
                starts.push(i)
                used = row.implicitHeight
            } else {
                used += needed
            }
        }
        return starts
    }
    function turn() {
        page = (shownPage + 1) % pageCount
    }

    ListColumn {
        id: rows
        width: root.width
        spacing: Theme.spacingSmall
        model: root.services
        delegate: ServiceStatusRow {
            required property var modelData
            required property int index
            visible: index >= root.firstShown && index < root.endShown
            prefix: modelData.prefix
            name: modelData.name
            otherName: modelData.otherName
            waiting: modelData.waiting
            level: modelData.level
            levelText: modelData.levelText
            readingSize: root.readingSize
        }
    }
    Label {
        id: indicator
        objectName: "servicePage"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.pageCount > 1
        //: The board's page of services, when they do not all fit: %1 of %2
        text: qsTr("%1 / %2").arg(root.shownPage + 1).arg(root.pageCount)
        font.pixelSize: root.readingSize
        font.bold: true
        color: Theme.textMuted
    }
    Timer {
        running: root.pageCount > 1 && root.visible
        interval: root.turnSeconds * 1000
        repeat: true
        onTriggered: root.turn()
    }
}
