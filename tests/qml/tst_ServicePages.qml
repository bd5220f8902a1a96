// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// The board's service rows: all listed when they fit; otherwise pages of whole rows that turn, each
// service on exactly one page, no row cut off by the bottom edge, and the page number shown.
Item {
    id: root
    width: 1000
    height: 700

    function services(count) {
        const list = []
        for (let i = 0; i < count; ++i)
            list.push({ prefix: String.fromCharCode(65 + i), name: "Service " + i, otherName: "",
                        waiting: i + " waiting", level: i % 4, levelText: "level " + i % 4 })
        return list
    }

    Component {
        id: pages
        ServicePages {
            width: 1000
            height: 600
            readingSize: 45
        }
    }

    TestCase {
        name: "ServicePages"
        when: windowShown

        function shownNames(item) {
            const names = []
            for (let i = 0; i < item.rows.count; ++i) {
                const row = item.rows.itemAt(i)
                if (row.visible) {
                    verify(row.mapToItem(item, 0, row.height).y <= item.height - findChild(item, "servicePage").height + 1,
                           row.name + " ends above the page number")
                    names.push(row.name)
                }
            }
            return names
        }

        function test_rows_that_fit_are_one_page() {
            const item = createTemporaryObject(pages, root, { services: root.services(3) })
            waitForRendering(item)
            compare(item.pageCount, 1)
            verify(!findChild(item, "servicePage").visible, "no page number for one page")
            compare(shownNames(item).length, 3)
        }

        function test_more_rows_than_fit_turn_in_pages_of_whole_rows() {
            const item = createTemporaryObject(pages, root, { services: root.services(14) })
            waitForRendering(item)
            verify(item.pageCount > 1, "14 rows at 45 px do not fit 600 px")
            const indicator = findChild(item, "servicePage")
            verify(indicator.visible)
            const seen = []
            for (let page = 0; page < item.pageCount; ++page) {
                compare(indicator.text, (page + 1) + " / " + item.pageCount)
                const names = shownNames(item)
                verify(names.length > 0, "page " + page + " shows rows")
                seen.push(...names)
                item.turn()
                waitForRendering(item)
            }
            compare(seen, root.services(14).map(s => s.name)) // each once, in order
            compare(item.shownPage, 0) // after the last page, the first again
        }

        function test_fewer_services_take_the_board_back_to_one_page() {
            const item = createTemporaryObject(pages, root, { services: root.services(14) })
            waitForRendering(item)
            item.turn()
            verify(item.shownPage > 0)
            item.services = root.services(2)
            waitForRendering(item)
            compare(item.pageCount, 1)
            compare(item.shownPage, 0)
            compare(shownNames(item).length, 2)
        }
    }
}
