// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "sim/officesimulator.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Day {
    QStringList lines;
    OfficeSimulator::Summary summary;
    QueueState state;
};

Day simulate(quint32 seed, QDate date)
{
    EngineFixture f(testOffice(), tokyo(2026, 11, 24, 8, 0), u"/dev/shm"_s);
    SimulationSettings settings;
    settings.day = date;
    settings.seed = seed;
    settings.visitorsPerHour = 20;
    OfficeSimulator simulator(*f.engine, f.clock, settings);
    Day day;
    QObject::connect(&simulator, &OfficeSimulator::happened,
                     [&](const QDateTime &at, const QString &line) { day.lines.append(at.toString(Qt::ISODate) + u' ' + line); });
    int steps = 0;
    while (simulator.step())
        REQUIRE(++steps < 100'000);
    day.summary = simulator.summary();
    day.state = f.engine->state();
    return day;
}

} // namespace

TEST_CASE("a simulated day runs from opening to close with every visitor served or gone", "[simulator]")
{
    const Day day = simulate(7, QDate(2026, 11, 24));
    CHECK(day.summary.issued > 50);
    CHECK(day.summary.served + day.summary.noShows >= day.summary.issued);
    CHECK_FALSE(day.state.hasOpenVisits());
    CHECK(day.lines.first() == u"2026-11-23T23:25:00Z counter 1 opens"_s);
    CHECK(day.lines.last().endsWith(u"all visitors served; the office day is closed"_s));
    for (const auto &[number, counter] : day.state.counters)
        CHECK(counter.status == CounterStatus::Closed);
    // Kiosks stop issuing at closing time (17:15 in Tokyo, 08:15 UTC).
    for (const auto &[id, visit] : day.state.visits)
        CHECK(visit.issuedAt < QDateTime(QDate(2026, 11, 24), QTime(8, 15), Qt::UTC));
}

TEST_CASE("the same seed gives the same day, another seed another", "[simulator]")
{
    const Day first = simulate(11, QDate(2026, 11, 25));
    CHECK(simulate(11, QDate(2026, 11, 25)).lines == first.lines);
    CHECK(simulate(12, QDate(2026, 11, 25)).lines != first.lines);
}

TEST_CASE("a day the office is closed has nothing to simulate", "[simulator]")
{
    EngineFixture f;
    SimulationSettings settings;
    settings.day = QDate(2026, 11, 28); // a Saturday
    OfficeSimulator simulator(*f.engine, f.clock, settings);
    CHECK_FALSE(simulator.isOfficeDay());
    CHECK_FALSE(simulator.step());
}
