pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// The office's languages, each named in itself, one touch away on every screen; and the large-text
// and high-contrast switches.
Flow {
    id: root

    required property var languages
    required property string current
    signal chosen(string language)

    // Endonyms: a visitor looks for the name of their own language, so these are never translated.
    readonly property var names: ({
        "ja": "日本語", "ja-x-easy": "やさしい にほんご", "en": "English", "zh-Hans": "简体中文", "ko": "한국어",
        "vi": "Tiếng Việt", "fil": "Filipino", "tr": "Türkçe", "pt-BR": "Português", "ne": "नेपाली"
    })

    spacing: Theme.spacingSmall

    Repeater {
        model: root.languages
        delegate: KioskButton {
            required property string modelData
            text: root.names[modelData] ?? modelData
            primary: modelData === root.current
            font.family: UiLanguage.fontFamily(modelData)
            font.pixelSize: Math.round(Theme.bodySize * 0.8)
            Accessible.name: text
            onClicked: root.chosen(modelData)
        }
    }
    KioskButton {
        //: Switch for large text; keep it short
        text: qsTr("Large text")
        primary: Theme.largeText
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: Theme.largeText = !Theme.largeText
    }
    KioskButton {
        //: Switch for black-and-yellow high-contrast colours; keep it short
        text: qsTr("High contrast")
        primary: Theme.highContrast
        font.pixelSize: Math.round(Theme.bodySize * 0.8)
        onClicked: Theme.highContrast = !Theme.highContrast
    }
}
