// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// A service on the board: congestion in colour and in words, the colour from the Theme's palette.
Item {
    id: root
    width: 1000
    height: 200

    Component {
        id: row
        ServiceStatusRow {
            width: 1000
            prefix: "B"
            name: "Certificates"
            waiting: "12 waiting"
            level: 3
            levelText: "Very crowded"
        }
    }

    TestCase {
        name: "ServiceStatusRow"
        when: windowShown

        function findText(item, text) {
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_level_in_colour_and_words() {
            const item = createTemporaryObject(row, root)
            const words = findText(item, "Very crowded")
            verify(words, "the level is written, not only coloured")
            compare(words.parent.color, Theme.congestion[2]) // "very crowded" shares the darkest colour
            verify(findText(item, "12 waiting"))
            verify(findText(item, "Certificates"))
        }

        function test_long_names_wrap_instead_of_pushing_the_level_out() {
            const longName = "Certificates (residence, seal registration, family register) and a good deal more"
            const item = createTemporaryObject(row, root, { width: 500, name: longName })
            waitForRendering(item)
            const words = findText(item, "Very crowded")
            const right = words.parent.mapToItem(item, words.parent.width, 0).x
            verify(right <= 500 + 1, "the level stays inside the row: " + right)
            const name = findText(item, longName)
            verify(name.lineCount > 1, "the name wraps")
            verify(!name.truncated, "the name is whole")
        }
    }
}
