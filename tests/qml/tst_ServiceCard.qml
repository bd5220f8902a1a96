// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// A service as a kiosk card: what it shows and says, that it reacts to a touch, its size, its focus ring,
// and that its name breaks between phrases only.
Item {
    id: root
    width: 800
    height: 400

    Component {
        id: card
        ServiceCard {
            width: 600
            code: "childcare"
            name: "子育て支援"
            procedures: "児童手当・子ども医療費"
            prefix: "D"
            pictogram: "childcare"
            waiting: 3
            estimate: "約10〜20分（参考値）"
        }
    }

    TestCase {
        name: "ServiceCard"
        when: windowShown

        function test_touch_chooses_and_size_is_reachable() {
            const item = createTemporaryObject(card, root)
            verify(item)
            const clicked = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"clicked\" }", root)
            clicked.target = item
            mouseClick(item)
            compare(clicked.count, 1)
            verify(item.height >= Theme.touchTarget * 2, "at least two touch targets high")
            for (const said of ["D", "子育て支援", "児童手当", "参考値"])
                verify(item.Accessible.name.indexOf(said) >= 0, said)
        }

        function test_disabled_does_not_react() {
            const item = createTemporaryObject(card, root, { enabled: false })
            const clicked = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"clicked\" }", root)
            clicked.target = item
            mouseClick(item)
            compare(clicked.count, 0)
        }

        function test_focus_ring_only_with_keyboard_focus() {
            const item = createTemporaryObject(card, root)
            verify(!item.focusRing.visible)
            item.forceActiveFocus(Qt.TabFocusReason)
            verify(item.focusRing.visible)
            compare(item.focusRing.outerWidth, 4)
            compare(item.focusRing.innerWidth, 2)
        }

        function test_names_break_between_phrases() {
            // 子ども医療費 must never become 子ども医｜療費: joiners between its letters, a break after ・.
            const kept = UiLanguage.phrases("児童手当・子ども医療費")
            verify(kept.indexOf("医\u2060療\u2060費") >= 0)
            verify(kept.indexOf("・\u2060") < 0)
            compare(UiLanguage.phrases("Moving house"), "Moving house")
            compare(UiLanguage.phrases("주소 이전"), "주\u2060소 이\u2060전")
            compare(UiLanguage.phrases("約0〜25分"), "約\u20600\u2060〜\u206025\u2060分") // a range stays whole
            compare(UiLanguage.phrases("about 45–110 minutes"), "about 45\u2060–\u2060110 minutes")
        }
    }
}
