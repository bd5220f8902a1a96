// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// The kiosk's header: three zones of fixed widths (language, switches, call for a clerk) whatever the
// language, each switch with its state in words, the call showing once made; and the language choice.
Item {
    id: root
    width: 1920
    height: 400

    Component {
        id: header
        KioskHeader {
            width: 1920
            language: "ja"
        }
    }
    Component {
        id: choices
        LanguageChoices {
            width: 1600
            languages: ["ja", "vi", "ne"]
            current: "ja"
        }
    }

    TestCase {
        name: "KioskHeader"
        when: windowShown

        function named(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = named(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_zones_keep_their_widths_in_every_language() {
            const item = createTemporaryObject(header, root)
            const selector = named(item, "languageSelector")
            const clerk = named(item, "callClerk")
            const widths = [selector.width, clerk.width]
            item.language = "ne"
            compare(selector.detail, "नेपाली")
            compare([selector.width, clerk.width], widths)
            verify(selector.width > 0.2 * item.width)
            verify(clerk.x > named(item, "lowScreen").x, "the call for a clerk is in its own corner, right of the switches")
        }

        function test_switches_show_their_state_in_words() {
            const item = createTemporaryObject(header, root)
            const large = named(item, "largeText")
            const wasLarge = Theme.largeText
            const before = large.stateText
            verify(before.length > 0)
            mouseClick(large)
            compare(Theme.largeText, !wasLarge)
            verify(large.checked === Theme.largeText)
            verify(large.stateText.length > 0 && large.stateText !== before, "the state's word changes with it")
            mouseClick(large)
            compare(Theme.largeText, wasLarge)
            for (const name of ["highContrast", "lowScreen"]) {
                const toggle = named(item, name)
                mouseClick(toggle)
                verify(toggle.checked)
                verify(toggle.Accessible.checked)
                mouseClick(toggle)
                verify(!toggle.checked)
            }
        }

        function test_voice_guidance_is_the_kiosks_to_switch() {
            const item = createTemporaryObject(header, root)
            const toggled = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"voiceGuidanceToggled\" }", root)
            toggled.target = item
            const voice = named(item, "voiceGuidance")
            mouseClick(voice)
            compare(toggled.count, 1)
            verify(!voice.checked) // not on until the kiosk says so
            const off = voice.stateText
            item.voiceGuidance = true
            verify(voice.checked)
            verify(voice.stateText !== off)
        }

        function test_call_for_a_clerk_shows_once_called_and_is_not_repeated() {
            const item = createTemporaryObject(header, root)
            const called = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"callClerk\" }", root)
            called.target = item
            const clerk = named(item, "callClerk")
            compare(clerk.stateText, "")
            mouseClick(clerk)
            compare(called.count, 1)
            item.clerkCalled = true
            verify(clerk.checked)
            verify(clerk.stateText.length > 0, "says it was called")
            mouseClick(clerk)
            compare(called.count, 1)
        }

        function test_languages_by_their_own_names_the_current_one_marked() {
            const item = createTemporaryObject(choices, root)
            const chosen = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"chosen\" }", root)
            chosen.target = item
            const vi = named(item, "language-vi")
            const ne = named(item, "language-ne")
            compare(vi.text, "Tiếng Việt")
            compare(ne.font.family, "Noto Sans Devanagari")
            verify(named(item, "language-ja").checked)
            verify(!vi.checked)
            compare(vi.width, ne.width)
            mouseClick(vi)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "vi")
            verify(!vi.checked, "marked only once the kiosk has switched")
            item.current = "vi"
            verify(vi.checked)
        }
    }
}
