// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Status replies of ESC/POS and Star printers, decoded as tables, and what a person is told.
#include "printer/printerstatusdecoder.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;

namespace {

PrinterStatus make(bool online, bool coverOpen, bool nearEnd, bool paperOut, bool error)
{
    return {true, online, coverOpen, nearEnd, paperOut, error};
}

} // namespace

TEST_CASE("DLE EOT replies (printer, offline cause, roll paper)", "[printer][status]")
{
    struct Row {
        uchar printer, offline, paper;
        PrinterStatus expected;
    };
    const Row rows[] = {
        {0x12, 0x12, 0x12, make(true, false, false, false, false)},  // all well
        {0x1A, 0x12, 0x12, make(false, false, false, false, false)}, // offline
        {0x1A, 0x16, 0x12, make(false, true, false, false, false)},  // cover open
        {0x12, 0x12, 0x1E, make(true, false, true, false, false)},   // near end
        {0x1A, 0x32, 0x7E, make(false, false, true, true, false)},   // stopped by paper end
        {0x12, 0x12, 0x72, make(true, false, false, true, false)},   // paper end sensor only
        {0x1A, 0x52, 0x12, make(false, false, false, false, true)},  // error
    };
    for (const Row &row : rows) {
        INFO(int(row.printer) << " " << int(row.offline) << " " << int(row.paper));
        const auto status = decodeEscPosStatus(row.printer, row.offline, row.paper);
        REQUIRE(status);
        CHECK(*status == row.expected);
    }
    CHECK_FALSE(decodeEscPosStatus(0x00, 0x12, 0x12)); // not a status byte
    CHECK_FALSE(decodeEscPosStatus(0x12, 0x12, 0xFF));
    CHECK(escPosStatusRequest(4) == QByteArray("\x10\x04\x04"));
}

TEST_CASE("Star automatic status", "[printer][status]")
{
    // Header 1 carries the length in bits 1-3 and 5 (0x23: 9 bytes); bit 7 of header 2 adds two.
    const QByteArray nine("\x23\x06\x00\x00\x00\x00\x00\x00\x00", 9);
    REQUIRE(starAsbLength(0x23, 0x06) == 9);
    CHECK(starAsbLength(0x23, 0x86) == 11);
    CHECK(decodeStarAsb(nine) == make(true, false, false, false, false));
    QByteArray cover = nine;
    cover[2] = 0x28;
    CHECK(decodeStarAsb(cover) == make(false, true, false, false, false));
    QByteArray nearEnd = nine;
    nearEnd[5] = 0x04;
    CHECK(decodeStarAsb(nearEnd) == make(true, false, true, false, false));
    QByteArray empty = nine;
    empty[5] = 0x0C;
    CHECK(decodeStarAsb(empty) == make(true, false, true, true, false));
    QByteArray cutter = nine;
    cutter[3] = 0x08;
    CHECK(decodeStarAsb(cutter) == make(true, false, false, false, true));
    CHECK_FALSE(starAsbLength(0x12, 0x00));
    CHECK_FALSE(decodeStarAsb(nine.left(8)));
    CHECK(starStatusRequest() == QByteArray("\x1b\x06\x01"));
}

TEST_CASE("A status that cannot print explains why, and near end still prints", "[printer][status]")
{
    CHECK(printerStatusProblem(make(true, false, true, false, false)).isEmpty());
    CHECK(make(true, false, true, false, false).canPrint());
    CHECK(printerStatusProblem(make(false, true, false, false, false)).contains(QStringLiteral("cover")));
    CHECK(printerStatusProblem(make(false, false, true, true, false)).contains(QStringLiteral("out of paper")));
    CHECK(printerStatusProblem(make(false, false, false, false, true)).contains(QStringLiteral("error")));
    CHECK(printerStatusProblem(make(false, false, false, false, false)).contains(QStringLiteral("offline")));
    CHECK(printerStatusSummary(make(true, false, true, false, false)) == QStringLiteral("online, paper near end"));
    CHECK(printerStatusSummary(PrinterStatus{}).startsWith(QStringLiteral("status unknown")));
}
