// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// A button's second line: with two rows kept, a disabled button's reason wraps inside a box of two
// lines, so buttons side by side keep one height whatever their reasons' lengths; a reason longer
// than two lines is marked cut off (which the screen inspector reports), never drawn outside.
Item {
    id: root
    width: 800
    height: 400

    Component {
        id: button
        AppButton {
            width: 170
            text: "Finish"
            enabled: false
            secondLineRows: 2
        }
    }

    TestCase {
        name: "AppButton"
        when: windowShown

        function secondLine(item) {
            for (const text of findTexts(item))
                if (text.text === item.secondLine)
                    return text
            return null
        }
        function findTexts(item) {
            let found = item.text !== undefined && item.lineCount !== undefined ? [item] : []
            for (let i = 0; i < item.children.length; ++i)
                found = found.concat(findTexts(item.children[i]))
            return found
        }

        function test_reasons_of_any_length_keep_one_height() {
            const brief = createTemporaryObject(button, root, { whyDisabled: "Open first" })
            const lengthy = createTemporaryObject(button, root, { whyDisabled: "Start serving first (F3)" })
            waitForRendering(lengthy)
            compare(lengthy.implicitHeight, brief.implicitHeight)
            const wrapped = secondLine(lengthy)
            verify(wrapped, "the reason is shown")
            compare(wrapped.lineCount, 2)
            verify(!wrapped.truncated, "two lines hold it")
            compare(secondLine(brief).lineCount, 1)
        }

        function test_a_reason_beyond_two_lines_is_marked_cut_off() {
            const item = createTemporaryObject(button, root, {
                whyDisabled: "A reason far too long for any button of the console to show in two lines at all" })
            waitForRendering(item)
            verify(secondLine(item).truncated)
        }

        function test_one_row_shrinks_on_one_line() {
            const item = createTemporaryObject(button, root, { secondLineRows: 1, whyDisabled: "Start serving first (F3)" })
            waitForRendering(item)
            const line = secondLine(item)
            compare(line.lineCount, 1)
            verify(line.fontSizeMode !== Text.FixedSize, "one row shrinks to fit instead of wrapping")
        }
    }
}
