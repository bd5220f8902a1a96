// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every kiosk screen in every language of the sample office, rendered offscreen by the real
// `madoguchi kiosk --screenshots` against the real server, into build/<preset>/screenshots/kiosk/.
// Checks that each screen appears in each language, is not blank, differs between languages, and
// that each ticket was printed; the tour itself fails on anything the screen inspector finds.
#include "serverprocess.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Every kiosk screen renders in every language", "[kiosk][screenshots]")
{
    QTemporaryDir work;
    ServerProcess server(openSampleOffice(work));
    const QString token = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
    server.start();

    const QString folder = QStringLiteral(MADOGUCHI_SCREENSHOTS "/kiosk");
    QDir(folder).removeRecursively();
    runFrontEnd({u"kiosk"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(server.port()), u"--token-file"_s, tokenFile(work, token),
                 u"--printer"_s, u"sim://"_s + work.filePath(u"tickets"_s), u"--screenshots"_s, folder});

    QImage previousIdle;
    for (const QString &language : sampleLanguages()) {
        for (const QString &screen : {u"idle"_s, u"languages"_s, u"services"_s, u"card-consent"_s, u"card-place"_s, u"card-pin"_s,
                                      u"card-last-try"_s, u"card-locked"_s, u"ticket"_s, u"still-there"_s, u"reservation"_s}) {
            INFO(screen.toStdString() << " in " << language.toStdString());
            const QImage image(QDir(folder).filePath(u"kiosk-%1-%2.png"_s.arg(screen, language)));
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(1920, 1080));
            CHECK_FALSE(isBlank(image));
            if (screen == u"idle"_s) {
                CHECK(image != previousIdle); // the welcome is in each language, not left in another
                previousIdle = image;
            }
        }
    }
    // One ticket per language, and one in each of the two languages of the low-layout tour.
    CHECK(QDir(work.filePath(u"tickets"_s)).entryList({u"*.png"_s}).size() == sampleLanguages().size() + 2);
    for (const QString &name :
         {u"kiosk-clerk-called-ja"_s, u"kiosk-services-focus-ja"_s, u"kiosk-services-focus-contrast-ja"_s, u"kiosk-services-low-ja"_s,
          u"kiosk-reservation-low-ja"_s, u"kiosk-card-pin-low-ja"_s, u"kiosk-ticket-low-ja"_s, u"kiosk-services-low-ne"_s,
          u"kiosk-reservation-low-ne"_s, u"kiosk-card-pin-low-ne"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(isBlank(QImage(QDir(folder).filePath(name + u".png"_s))));
    }

    const QImage normal(QDir(folder).filePath(u"kiosk-services-ja.png"_s));
    const QImage large(QDir(folder).filePath(u"kiosk-services-large-ja.png"_s));
    const QImage contrast(QDir(folder).filePath(u"kiosk-services-large-contrast-ja.png"_s));
    REQUIRE_FALSE(large.isNull());
    REQUIRE_FALSE(contrast.isNull());
    CHECK(large != normal);
    CHECK(QColor(contrast.pixel(contrast.width() / 2, contrast.height() - 10)) == QColor(Qt::black)); // black background
    CHECK(QColor(normal.pixel(normal.width() / 2, normal.height() - 10)) != QColor(Qt::black));
    // The focus ring shows: the focused screen differs from the same screen without focus.
    CHECK(QImage(QDir(folder).filePath(u"kiosk-services-focus-ja.png"_s)) != normal);
}
