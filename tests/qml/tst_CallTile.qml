// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// A number being called on the board: the number and its counter, readable from afar, in the
// accent colours with their contrast.
Item {
    id: root
    width: 800
    height: 600

    Component {
        id: tile
        CallTile {
            number: "A-023"
            counterText: "3番窓口"
        }
    }

    TestCase {
        name: "CallTile"
        when: windowShown

        function labels(item) {
            const found = []
            const visit = node => {
                if (node.text !== undefined && node.font !== undefined)
                    found.push(node)
                for (let i = 0; i < node.children.length; ++i)
                    visit(node.children[i])
            }
            visit(item)
            return found
        }

        function test_number_and_counter() {
            const item = createTemporaryObject(tile, root)
            const texts = labels(item).map(l => l.text)
            verify(texts.indexOf("A-023") >= 0)
            verify(texts.indexOf("3番窓口") >= 0)
            const number = labels(item).find(l => l.text === "A-023")
            verify(number.font.pixelSize >= Theme.numberSize, "the number is the largest text on the board")
            verify(item.width >= number.implicitWidth, "the tile holds its number")
            compare(number.color, Theme.textOnAccent)
            compare(item.color, Theme.accent)
        }

        function test_fresh_call_stands_out() {
            const item = createTemporaryObject(tile, root, { fresh: true })
            compare(item.color, Theme.attention)
            compare(labels(item).find(l => l.text === "A-023").color, Theme.textOnAttention)
        }

        function test_sized_from_the_reading_size() {
            const item = createTemporaryObject(tile, root, { readingSize: 50 })
            compare(labels(item).find(l => l.text === "A-023").font.pixelSize, 150)
        }

        function test_long_counter_name_widens_the_tile() {
            const narrow = createTemporaryObject(tile, root)
            const wide = createTemporaryObject(tile, root, { counterText: "Quầy số 3 (chuyển nơi ở)" })
            verify(wide.implicitWidth > narrow.implicitWidth)
        }
    }
}
