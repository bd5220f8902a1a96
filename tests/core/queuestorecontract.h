// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every QueueStore must do, whatever keeps the records: each implementation runs
// checkQueueStoreContract with a function that opens it (again, on the same records, when called a
// second time). The events come from the real engine over the store.
#include "testoffice.h"

#include "ports/queuestore.h"
#include "queue/queueengine.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Madoguchi::Test {

using QueueStoreOpener = std::function<std::unique_ptr<QueueStore>()>;

inline void checkQueueStoreContract(const QueueStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    const OfficeConfig office = testOffice();
    ManualClock clock(tokyo(2026, 11, 24, 9, 0));
    std::unique_ptr<QueueStore> store = open();
    auto engine = std::make_unique<QueueEngine>(office, *store, clock);
    REQUIRE(engine->loadError().isEmpty());
    const auto reopen = [&] {
        engine.reset();
        store.reset();
        store = open();
        engine = std::make_unique<QueueEngine>(office, *store, clock);
        REQUIRE(engine->loadError().isEmpty());
    };
    const auto issue = [&](const QStringList &services, PriorityClass priority = PriorityClass::Regular) {
        IssueRequest request{services, u"ja"_s, priority, {}, std::nullopt, IssueChannel::Staff, {}, {}};
        auto issued = engine->issue(request, u"staff:clerk1"_s);
        REQUIRE(issued);
        return *issued;
    };
    // A new store holds nothing.
    CHECK(store->latestEventId().value() == 0);
    CHECK(store->events(0, 100).value().isEmpty());
    CHECK(store->loadState().value() == QueueState{});
    for (const CounterConfig &counter : office.counters)
        REQUIRE(engine->openCounter(counter.number, u"c"_s));
    SECTION("a reopened store gives back exactly the state that was committed")
    {
        issue({u"moving"_s, u"certificate"_s});
        issue({u"certificate"_s}, PriorityClass::Priority);
        IssueRequest booked{{u"tax"_s},
                            u"en"_s,
                            PriorityClass::Regular,
                            Needs(Need::Wheelchair) | Need::Interpreter,
                            Appointment{u"R-1234"_s, tokyo(2026, 11, 24, 10, 30)},
                            IssueChannel::Staff,
                            {},
                            {}};
        REQUIRE(engine->issue(booked, u"kiosk"_s));
        REQUIRE(engine->callNext(1, u"c1"_s));
        REQUIRE(engine->transfer(1, TransferTarget{u"tax"_s, 4, false}, u"c1"_s));
        REQUIRE(engine->callNext(3, u"c3"_s));
        REQUIRE(engine->park(3, u"c3"_s));
        REQUIRE(engine->pauseCounter(2, u"c2"_s));
        const QueueState before = engine->state();
        reopen();
        CHECK(engine->state() == before);
        const QueueState after = engine->state();
        const Visit *booking = after.visit(3);
        REQUIRE(booking);
        REQUIRE(booking->appointment);
        CHECK(booking->appointment->code == u"R-1234"_s);
        CHECK(booking->appointment->due == tokyo(2026, 11, 24, 10, 30));
        CHECK(booking->needs == (Needs(Need::Wheelchair) | Need::Interpreter));
    }
    SECTION("events are read back in order, page by page, with the newest id")
    {
        const qint64 first = store->latestEventId().value();
        for (int i = 0; i < 5; ++i)
            issue({u"certificate"_s});
        const auto all = store->events(first, 100);
        REQUIRE(all);
        REQUIRE(all->size() == 5);
        CHECK(all->first().type == EventType::VisitIssued);
        CHECK(store->latestEventId().value() == all->last().id);
        const auto page = store->events(all->at(1).id, 2);
        REQUIRE(page);
        REQUIRE(page->size() == 2);
        CHECK(page->first() == all->at(2));
        CHECK(page->last() == all->at(3));
        reopen();
        CHECK(store->events(first, 100).value() == *all);
    }
    SECTION("a closed day stays closed, and its visits leave the state with the next day")
    {
        const Visit old = issue({u"moving"_s});
        REQUIRE(engine->closeDay(u"supervisor"_s));
        reopen();
        CHECK(engine->state().dayClosed);
        CHECK(engine->state().visit(old.id));
        clock.set(tokyo(2026, 11, 25, 9, 0));
        const Visit next = issue({u"moving"_s});
        reopen();
        const QueueState state = engine->state();
        CHECK_FALSE(state.dayClosed);
        CHECK(state.officeDay == QDate(2026, 11, 25));
        CHECK_FALSE(state.visit(old.id));
        CHECK(state.visit(next.id));
        CHECK(next.id > old.id);
    }
}

} // namespace Madoguchi::Test
