// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every AssistanceStore must do, whatever keeps the records: each implementation runs
// checkAssistanceStoreContract with a function that opens it (again, on the same records, when
// called a second time).
#include "ports/assistancestore.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Madoguchi::Test {

using AssistanceStoreOpener = std::function<std::unique_ptr<AssistanceStore>()>;

inline void checkAssistanceStoreContract(const AssistanceStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    const QDate day(2026, 12, 1);
    const QDateTime ten(day, QTime(1, 0), Qt::UTC);
    std::unique_ptr<AssistanceStore> store = open();

    SECTION("a kiosk has one open call a day; asking again returns it")
    {
        const auto first = store->request(u"kiosk-1"_s, u"vi"_s, day, ten);
        REQUIRE(first);
        CHECK(first->made);
        CHECK(first->call.kiosk == u"kiosk-1"_s);
        CHECK(first->call.language == u"vi"_s);
        CHECK(first->call.requestedAt == ten);
        const auto again = store->request(u"kiosk-1"_s, u"ja"_s, day, ten.addSecs(30));
        REQUIRE(again);
        CHECK_FALSE(again->made);
        CHECK(again->call == first->call);
        const auto other = store->request(u"kiosk-2"_s, u"ja"_s, day, ten.addSecs(10));
        REQUIRE(other);
        CHECK(other->made);
        CHECK(other->call.id != first->call.id);
        const auto calls = store->openCalls(day);
        REQUIRE(calls);
        CHECK(*calls == QList<AssistanceCall>{first->call, other->call}); // oldest first
        CHECK(store->openCalls(day.addDays(1)).value().isEmpty());
        const auto nextDay = store->request(u"kiosk-1"_s, u"ja"_s, day.addDays(1), ten.addDays(1));
        REQUIRE(nextDay);
        CHECK(nextDay->made);
    }
    SECTION("a call is answered once; an unknown one is told apart")
    {
        const AssistanceCall call = store->request(u"kiosk-1"_s, u"ja"_s, day, ten).value().call;
        CHECK(store->answer(call.id, u"clerk1"_s, ten.addSecs(60)).value() == CallAnswer::Answered);
        CHECK(store->answer(call.id, u"clerk2"_s, ten.addSecs(90)).value() == CallAnswer::AlreadyAnswered);
        CHECK(store->answer(call.id + 1000, u"clerk1"_s, ten).value() == CallAnswer::Unknown);
        CHECK(store->openCalls(day).value().isEmpty());
        CHECK(store->request(u"kiosk-1"_s, u"ja"_s, day, ten.addSecs(120)).value().made);
    }
    SECTION("open calls are there when the store is opened again")
    {
        const AssistanceCall call = store->request(u"kiosk-1"_s, u"ja"_s, day, ten).value().call;
        store.reset();
        store = open();
        CHECK(store->openCalls(day).value() == QList<AssistanceCall>{call});
    }
}

} // namespace Madoguchi::Test
