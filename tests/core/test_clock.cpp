// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clocks core code reads time from.
#include "common/clock.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Madoguchi;

TEST_CASE("A manual clock moves only when told", "[clock]")
{
    const QDateTime start(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    ManualClock clock(start);
    CHECK(clock.now() == start);
    clock.advance(90'000);
    CHECK(clock.now() == start.addSecs(90));
}

TEST_CASE("A shifted clock starts at the chosen instant and runs forward", "[clock]")
{
    const QDateTime start(QDate(2026, 11, 24), QTime(9, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    const ShiftedClock clock(start);
    const QDateTime first = clock.now();
    CHECK(first >= start);
    CHECK(first < start.addSecs(3600)); // nowhere near the machine's own date
    CHECK(first.timeSpec() == Qt::UTC);
    CHECK(clock.now() >= first);
}
