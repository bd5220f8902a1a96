// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// The language choice: each language by its own name, one touch to choose, and the accessibility switches.
Item {
    id: root
    width: 1600
    height: 200

    Component {
        id: bar
        LanguageBar {
            width: 1600
            languages: ["ja", "vi", "ne"]
            current: "ja"
        }
    }

    TestCase {
        name: "LanguageBar"
        when: windowShown

        function buttons(item) {
            const found = []
            for (let i = 0; i < item.children.length; ++i) {
                if (item.children[i].text !== undefined && item.children[i].visible)
                    found.push(item.children[i])
            }
            return found
        }

        function test_endonyms_and_choice() {
            const item = createTemporaryObject(bar, root)
            const chosen = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"chosen\" }", root)
            chosen.target = item
            const all = buttons(item)
            compare(all.length, 7) // three languages, large text, high contrast, voice guidance, low layout
            compare(all[1].text, "Tiếng Việt")
            compare(all[2].text, "नेपाली")
            compare(all[2].font.family, "Noto Sans Devanagari")
            mouseClick(all[1])
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "vi")
        }

        function test_accessibility_switches() {
            const item = createTemporaryObject(bar, root)
            const all = buttons(item)
            const large = Theme.largeText
            mouseClick(all[3])
            compare(Theme.largeText, !large)
            mouseClick(all[3])
            compare(Theme.largeText, large)
            mouseClick(all[4])
            verify(Theme.highContrast)
            mouseClick(all[4])
            verify(!Theme.highContrast)
            mouseClick(all[6])
            verify(Theme.lowLayout)
            mouseClick(all[6])
            verify(!Theme.lowLayout)
        }

        function test_voice_guidance_is_the_kiosks_to_switch() {
            const item = createTemporaryObject(bar, root)
            const toggled = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"voiceGuidanceToggled\" }", root)
            toggled.target = item
            const voice = buttons(item)[5]
            verify(!voice.primary)
            mouseClick(voice)
            compare(toggled.count, 1)
            item.voiceGuidance = true
            verify(voice.primary) // shown as on when the kiosk says so
        }
    }
}
