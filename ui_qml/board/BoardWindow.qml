// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Madoguchi.Ui

// The display board (呼出表示盤): the numbers being called (at least 40 % of the width), the calls
// before as tiles, and the people waiting per service with the letters of their numbers. Every text is
// sized to be read from the office's viewing distance on its screen ([board] diagonal_inches,
// viewing_metres): about 4 mm of kanji height a metre, 3 mm of capital height for Latin script.
// Captions stay in the office's first language and in English, with the other languages in turn on a
// line beneath. Landscape or portrait.
ApplicationWindow {
    id: root

    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    //: The display board window's title
    title: qsTr("Display board — Madoguchi")
    font.family: UiLanguage.fontFamily(root.firstLanguage)

    readonly property bool portrait: height > width
    // For the screenshot tour.
    readonly property QtObject theme: Theme

    readonly property string firstLanguage: Board.languages.length > 0 ? Board.languages[0] : "ja"
    readonly property var fixed: Board.fixedCaptions
    readonly property bool rotatingShown: Board.captionLanguage.length > 0 && Board.captionLanguage !== root.firstLanguage
                                          && Board.captionLanguage !== "en"

    // The reading size: the smallest text that can be read from the viewing distance, from the screen's
    // physical size and the fonts' own glyph heights.
    readonly property real pixelsPerMillimetre: Math.sqrt(width * width + height * height) / (Board.diagonalInches * 25.4)
    readonly property real kanjiHeight: kanji.tightBoundingRect("国").height / kanji.font.pixelSize
    readonly property real capitalHeight: Math.min(latin.tightBoundingRect("H").height / latin.font.pixelSize,
                                                   devanagari.tightBoundingRect("क").height / devanagari.font.pixelSize)
    readonly property int readingSize: Math.ceil(Board.viewingMetres * pixelsPerMillimetre
                                                 * Math.max(4 / kanjiHeight, 3 / capitalHeight)) + 1
    readonly property int headingSize: Math.round(readingSize * 1.2)
    // The width the two columns share, side by side.
    readonly property real columnsWidth: width - 2 * Theme.spacingLarge - Theme.spacingHuge

    FontMetrics { id: kanji; font.family: "Noto Sans CJK JP"; font.pixelSize: 100 }
    FontMetrics { id: latin; font.family: "Noto Sans CJK JP"; font.pixelSize: 100 }
    FontMetrics { id: devanagari; font.family: "Noto Sans Devanagari"; font.pixelSize: 100 }

    // Shown instead of the numbers while the board has lost the office server.
    Rectangle {
        id: offline
        objectName: "offline"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingLarge
        visible: !Board.connected
        height: visible ? offlineText.implicitHeight + 2 * Theme.spacingLarge : 0
        radius: Theme.radius
        color: Theme.danger
        Label {
            id: offlineText
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            text: (root.fixed.length > 0 ? root.fixed[0].offline : "")
                  + (root.rotatingShown ? "\n" + Board.captions.offline : "")
            wrapMode: Text.Wrap
            font.pixelSize: root.readingSize
            font.bold: true
            color: Theme.textOnDanger
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        anchors.topMargin: Theme.spacing + (offline.visible ? offline.height + Theme.spacingLarge : 0)
        anchors.bottomMargin: Theme.spacing
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.spacingHuge
        rowSpacing: Theme.spacingLarge

        ColumnLayout {
            objectName: "calls"
            Layout.fillWidth: root.portrait
            Layout.fillHeight: !root.portrait // upright, the calls take what they need and the lists the rest
            // Side by side: the calls take 48 % of the width, the queues the rest, whatever the texts' lengths.
            Layout.preferredWidth: root.portrait ? -1 : root.columnsWidth * 0.48
            Layout.maximumWidth: root.portrait ? root.width : root.columnsWidth * 0.48
            spacing: Theme.spacing

            Heading {
                texts: root.fixed.map(c => c.nowCalling)
                rotating: Board.captions.nowCalling
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: Board.calling
                    delegate: CallTile {
                        required property var modelData
                        number: modelData.number
                        counterText: root.fixed.length > 0 ? root.fixed[0].counter.arg(modelData.counter) : ""
                        fresh: modelData.fresh
                        readingSize: root.readingSize
                    }
                }
            }
            Heading {
                Layout.topMargin: Theme.spacing
                visible: Board.recent.length > 0
                texts: root.fixed.map(c => c.recent)
                rotating: ""
                size: root.readingSize
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: Board.recent
                    // A routed visit between counters says where it goes next ("→ C 国民健康保険").
                    delegate: Label {
                        required property var modelData
                        padding: Theme.spacingSmall
                        text: modelData.number + "  " + (root.fixed.length > 0 ? root.fixed[0].counter.arg(modelData.counter) : "")
                              + (modelData.next.length > 0 ? "\n→ " + modelData.next : "")
                        font.pixelSize: root.readingSize
                        font.bold: true
                        color: Theme.text
                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: Theme.surface
                            border.color: Theme.outline
                            border.width: Theme.borderWidth
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }

        ColumnLayout {
            objectName: "queues"
            Layout.fillWidth: root.portrait
            Layout.fillHeight: true
            Layout.preferredWidth: root.portrait ? -1 : root.columnsWidth * 0.52
            Layout.maximumWidth: root.portrait ? root.width : root.columnsWidth * 0.52
            spacing: Theme.spacingSmall

            Heading {
                texts: root.fixed.map(c => c.waiting)
                rotating: Board.captions.waiting
                size: root.readingSize // on one line with its rotating text, leaving the rows the height
            }
            ServicePages {
                Layout.fillWidth: true
                Layout.fillHeight: true
                services: Board.services
                readingSize: root.readingSize
            }
        }
    }

    // A caption: the fixed languages' texts, then the rotating language's, on one line where they fit.
    component Heading: Flow {
        id: heading
        property var texts: []
        property string rotating
        property int size: root.headingSize
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: heading.texts
            delegate: Label {
                required property string modelData
                width: Math.min(implicitWidth, heading.width)
                text: UiLanguage.phrases(modelData)
                font.pixelSize: heading.size
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Label {
            width: Math.min(implicitWidth, heading.width)
            height: implicitHeight
            visible: root.rotatingShown && heading.rotating.length > 0
            topPadding: heading.size - root.readingSize // on the line of the larger text
            text: UiLanguage.phrases(heading.rotating)
            font.family: UiLanguage.fontFamily(Board.captionLanguage)
            font.pixelSize: root.readingSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
