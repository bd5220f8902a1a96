// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// A service as a kiosk button: what it shows, that it reacts to a touch, and its size.
Item {
    id: root
    width: 800
    height: 400

    Component {
        id: button
        ServiceButton {
            width: 600
            code: "moving"
            name: "転入・転出"
            waiting: 3
            estimate: "約10〜20分（参考値）"
        }
    }

    TestCase {
        name: "ServiceButton"
        when: windowShown

        function test_touch_chooses_and_size_is_reachable() {
            const item = createTemporaryObject(button, root)
            verify(item)
            const clicked = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"clicked\" }", root)
            clicked.target = item
            mouseClick(item)
            compare(clicked.count, 1)
            verify(item.height >= Theme.touchTarget * 2, "at least two touch targets high")
            verify(item.Accessible.name.indexOf("転入・転出") >= 0)
            verify(item.Accessible.name.indexOf("参考値") >= 0)
        }

        function test_no_estimate_no_line() {
            const item = createTemporaryObject(button, root, { estimate: "" })
            const withEstimate = createTemporaryObject(button, root)
            verify(item.implicitHeight < withEstimate.implicitHeight)
        }

        function test_disabled_does_not_react() {
            const item = createTemporaryObject(button, root, { enabled: false })
            const clicked = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"clicked\" }", root)
            clicked.target = item
            mouseClick(item)
            compare(clicked.count, 0)
        }
    }
}
