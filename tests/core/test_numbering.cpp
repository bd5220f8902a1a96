// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "queue/numbering.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

void cancelAll(EngineFixture &f)
{
    const QueueState state = f.engine->state();
    for (const auto &[id, visit] : state.visits) {
        if (visit.isOpen())
            REQUIRE(f.engine->cancel(visit.number, u"test"_s).ok());
    }
}

} // namespace

TEST_CASE("numbers count per prefix and are formatted with the office's rules", "[numbering]")
{
    EngineFixture f;
    CHECK(f.issue({u"moving"_s}).number == u"A-001"_s);
    CHECK(f.issue({u"certificate"_s}).number == u"B-001"_s);
    CHECK(f.issue({u"moving"_s, u"tax"_s}).number == u"A-002"_s);
    CHECK(f.issue({u"tax"_s}).number == u"C-001"_s);
    const Visit a3 = f.issue({u"moving"_s});
    CHECK(a3.number == u"A-003"_s);
    CHECK(a3.day == QDate(2026, 11, 24));
    CHECK(a3.token.size() == 22);
}

TEST_CASE("numbering restarts on a new office day in the office's timezone", "[numbering]")
{
    // 14:59:59 UTC is 23:59:59 in Tokyo; one second later it is the next office day there.
    EngineFixture f(testOffice(), QDateTime(QDate(2026, 11, 24), QTime(14, 59, 59), Qt::UTC));
    CHECK(f.issue({u"moving"_s}).number == u"A-001"_s);
    CHECK(f.issue({u"moving"_s}).number == u"A-002"_s);
    cancelAll(f);
    f.clock.advance(1000);
    const Visit next = f.issue({u"moving"_s});
    CHECK(next.number == u"A-001"_s);
    CHECK(next.day == QDate(2026, 11, 25));
    CHECK(f.engine->state().officeDay == QDate(2026, 11, 25));
    // The closed visits of the day before leave the working state, but stay in the store.
    CHECK(f.engine->state().visits.size() == 1);
}

TEST_CASE("midnight in Asia/Tokyo with visits still open continues the old day", "[numbering]")
{
    EngineFixture f(testOffice(), tokyo(2026, 11, 26, 23, 50));
    const Visit late = f.issue({u"moving"_s});
    CHECK(late.number == u"A-001"_s);
    f.clock.set(tokyo(2026, 11, 27, 0, 10));
    const Visit afterMidnight = f.issue({u"moving"_s});
    CHECK(afterMidnight.number == u"A-002"_s);
    CHECK(afterMidnight.day == QDate(2026, 11, 26));

    SECTION("the day restarts once every visit is closed")
    {
        cancelAll(f);
        const Visit fresh = f.issue({u"certificate"_s});
        CHECK(fresh.number == u"B-001"_s);
        CHECK(fresh.day == QDate(2026, 11, 27));
        CHECK(f.issue({u"moving"_s}).number == u"A-001"_s);
    }
    SECTION("closing the day ends the open visits and numbering restarts")
    {
        auto closed = f.engine->closeDay(u"supervisor"_s);
        REQUIRE(closed.ok());
        CHECK(closed.value() == 2);
        CHECK(f.issue({u"moving"_s}).number == u"A-001"_s);
    }
    SECTION("a restart keeps the office day")
    {
        f.reopen();
        CHECK(f.engine->state().officeDay == QDate(2026, 11, 26));
        CHECK(f.issue({u"moving"_s}).number == u"A-003"_s);
    }
}

TEST_CASE("the office day never goes back when the clock does", "[numbering]")
{
    EngineFixture f(testOffice(), tokyo(2026, 11, 25, 10, 0));
    f.issue({u"moving"_s});
    cancelAll(f);
    f.clock.set(tokyo(2026, 11, 24, 10, 0));
    const Visit visit = f.issue({u"moving"_s});
    CHECK(visit.day == QDate(2026, 11, 25));
    CHECK(visit.number == u"A-002"_s);
}

TEST_CASE("a prefix wraps to its first number and skips numbers still open", "[numbering]")
{
    OfficeConfig office = testOffice();
    office.numbering.last = 5;
    EngineFixture f(office);
    QStringList numbers;
    for (int i = 0; i < 5; ++i)
        numbers.append(f.issue({u"moving"_s}).number);
    CHECK(numbers == QStringList{u"A-001"_s, u"A-002"_s, u"A-003"_s, u"A-004"_s, u"A-005"_s});
    REQUIRE(f.engine->cancel(u"A-002"_s, u"test"_s).ok());
    REQUIRE(f.engine->cancel(u"A-004"_s, u"test"_s).ok());

    const Visit wrapped = f.issue({u"moving"_s});
    CHECK(wrapped.number == u"A-002"_s);
    CHECK(wrapped.round == 1);
    CHECK(f.issue({u"moving"_s}).number == u"A-004"_s);

    IssueRequest request{{u"moving"_s}, {}, PriorityClass::Regular, {}, std::nullopt, IssueChannel::Staff, {}, {}};
    const auto exhausted = f.engine->issue(request, u"test"_s);
    REQUIRE_FALSE(exhausted.ok());
    CHECK(exhausted.error().code == QueueErrorCode::NumbersExhausted);
    CHECK(exhausted.error().message == u"All numbers of A (A-001 to A-005) are held by open visits; finish or cancel some first."_s);
    // Other prefixes are not affected.
    CHECK(f.issue({u"certificate"_s}).number == u"B-001"_s);
}

TEST_CASE("allocateNumber follows its rules on a bare state", "[numbering]")
{
    NumberingRules rules;
    rules.digits = 2;
    rules.first = 0;
    rules.last = 99;
    QueueState state;
    const QDate day(2026, 11, 24);
    struct Case {
        NumberSequence sequence;
        QDate day;
        int expectedSequence;
        int expectedRound;
        QString expectedNumber;
    };
    const Case cases[] = {
        {{u"A"_s, day, 0, 41}, day, 42, 0, u"A-42"_s},
        {{u"A"_s, day, 0, 99}, day, 0, 1, u"A-00"_s},
        {{u"A"_s, day.addDays(-1), 3, 57}, day, 0, 0, u"A-00"_s},
        {{u"A"_s, day, 2, 7}, day, 8, 2, u"A-08"_s},
    };
    for (const Case &c : cases) {
        state.sequences[u"A"_s] = c.sequence;
        const auto allocation = allocateNumber(state, u"A"_s, c.day, rules);
        REQUIRE(allocation);
        CHECK(allocation->sequence == c.expectedSequence);
        CHECK(allocation->round == c.expectedRound);
        CHECK(allocation->number == c.expectedNumber);
    }
    CHECK(officeDayForIssue(QueueState{}, day) == day);
}
