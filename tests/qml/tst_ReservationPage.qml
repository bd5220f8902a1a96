// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// The reservation code keypad: only the 32 characters a code can hold, at most eight, shown in two
// groups of four; check-in only with a whole code; delete one, clear and back.
Item {
    id: root
    width: 1920
    height: 900

    Component {
        id: page
        ReservationPage {
            anchors.fill: parent
            busy: false
        }
    }

    TestCase {
        name: "ReservationPage"
        when: windowShown

        function key(item, symbol) {
            return findChild(item, "key" + symbol)
        }

        function typeCode(item, code) {
            waitForRendering(item) // the keys are where the grid placed them
            for (const symbol of code)
                mouseClick(key(item, symbol))
        }

        function test_keypad_has_only_code_characters() {
            const item = createTemporaryObject(page, root)
            for (const symbol of "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
                verify(key(item, symbol) !== null, symbol)
            for (const absent of "ILOU")
                compare(key(item, absent), null, absent + " is never in a code")
            verify(key(item, "7").height >= Theme.touchTarget)
        }

        function test_typing_a_code_then_checking_in() {
            const item = createTemporaryObject(page, root)
            const checkIn = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"checkIn\" }", root)
            checkIn.target = item
            const button = findChild(item, "checkIn")
            typeCode(item, "7K3MQ2P")
            compare(item.shown, "7K3M-Q2P")
            verify(!button.enabled, "not before the eighth character")
            mouseClick(button)
            compare(checkIn.count, 0)
            typeCode(item, "7")
            verify(!key(item, "9").enabled, "the keys stop at eight characters")
            compare(item.typed, "7K3MQ2P7")
            verify(button.enabled)
            mouseClick(button)
            compare(checkIn.count, 1)
            compare(checkIn.signalArguments[0][0], "7K3MQ2P7")
        }

        function test_delete_one_and_clear() {
            const item = createTemporaryObject(page, root)
            verify(!findChild(item, "deleteOne").enabled, "nothing to delete yet")
            typeCode(item, "ABC")
            mouseClick(findChild(item, "deleteOne"))
            compare(item.typed, "AB")
            mouseClick(findChild(item, "clear"))
            compare(item.typed, "")
            compare(item.shown, "")
        }

        function test_back() {
            const item = createTemporaryObject(page, root)
            const back = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"back\" }", root)
            back.target = item
            mouseClick(findChild(item, "back"))
            compare(back.count, 1)
        }
    }
}
