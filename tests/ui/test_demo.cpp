// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one-process demo, walked offscreen: the kiosk issues tickets in every language, a booked
// reservation checks in through the simulated scanner, the counter console calls and serves one,
// and the board shows the next call: one process, the embedded server on SQLite, the simulated
// printer and scanner.
#include "uitestsupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("The demo walks kiosk, counter and board in one process", "[demo][screenshots]")
{
    QTemporaryDir data;
    const QString folder = QStringLiteral(MADOGUCHI_SCREENSHOTS "/demo");
    QDir(folder).removeRecursively();
    runFrontEnd({u"demo"_s, u"--date"_s, u"2026-11-24"_s, u"--data"_s, data.path(), u"--screenshots"_s, folder});

    const QStringList files = QDir(folder).entryList({u"*.png"_s});
    CHECK(files.contains(u"kiosk-ticket-vi.png"_s));
    CHECK(files.contains(u"counter-serving-ja.png"_s));
    CHECK(files.contains(u"board-landscape-ne.png"_s));
    CHECK(files.contains(u"demo-reservation-ticket.png"_s));
    CHECK(files.contains(u"demo-devices.png"_s));
    // Kiosk: eleven screens per language (idle, languages, services, the card's consent, placing, PIN,
    // last try and locked card, ticket, still there, reservation), large text and contrast, the focus
    // ring in both colour schemes, a clerk called, four screens low in two languages; the reservation's
    // ticket and the devices; counter: six (the forms and their card window too); board: each language of its rotating line (all but the
    // first), portrait and contrast.
    CHECK(files.size() == 11 * sampleLanguages().size() + 2 + 2 + 1 + 8 + 2 + 6 + sampleLanguages().size() - 1 + 2);
    for (const QString &file : files) {
        INFO(file.toStdString());
        CHECK_FALSE(isBlank(QImage(QDir(folder).filePath(file))));
    }
    // One ticket per language came out of the simulated printer, two in the low layout, and the reservation's.
    CHECK(QDir(data.filePath(u"tickets"_s)).entryList({u"*.png"_s}).size() == sampleLanguages().size() + 3);
}
