// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Madoguchi.Ui

// The pictograms: every one the office configuration may name (servicePictograms() in core, compared
// with the OpenAPI document by test_openapi) is shipped and drawn in the colour asked.
Item {
    id: root
    width: 200
    height: 200

    Component {
        id: image
        Image {
            width: 48
            height: 48
            sourceSize.width: 48
            sourceSize.height: 48
        }
    }

    TestCase {
        name: "Pictograms"
        when: windowShown

        function test_service_pictograms_are_drawn() {
            for (const name of ["moving", "certificate", "insurance", "childcare", "tax", "welfare", "school", "family", "general"]) {
                verify(Pictograms.exists("service-" + name), name)
                const item = createTemporaryObject(image, root, { source: Pictograms.source("service-" + name, "#0031D8") })
                tryCompare(item, "status", Image.Ready)
                compare(item.sourceSize.width, 48)
            }
        }

        function test_drawn_in_the_colour_asked() {
            const item = createTemporaryObject(image, root, { source: Pictograms.source("check", "#CE0000") })
            tryCompare(item, "status", Image.Ready)
            const grabbed = grabImage(item)
            let red = 0
            for (let x = 0; x < 48; ++x) {
                for (let y = 0; y < 48; ++y) {
                    const pixel = grabbed.pixel(x, y)
                    if (pixel.r > 0.7 && pixel.g < 0.1 && pixel.b < 0.1)
                        ++red
                }
            }
            verify(red > 40, "the check mark is drawn in red: " + red + " pixels")
        }

        function test_unknown_or_escaping_names_give_nothing() {
            verify(!Pictograms.exists("no-such-pictogram"))
            compare(Pictograms.source("no-such-pictogram", "black"), "")
            compare(Pictograms.source("../i18n/madoguchi_ja", "black"), "")
        }
    }
}
