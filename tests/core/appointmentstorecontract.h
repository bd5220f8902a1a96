// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every AppointmentStore must do, whatever keeps the records: each implementation runs
// checkAppointmentStoreContract with a function that opens it (again, on the same records, when
// called a second time).
#include "ports/appointmentstore.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <memory>

namespace Madoguchi::Test {

using AppointmentStoreOpener = std::function<std::unique_ptr<AppointmentStore>()>;

inline void checkAppointmentStoreContract(const AppointmentStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    const QTimeZone tokyo("Asia/Tokyo");
    const QDateTime nine(QDate(2026, 12, 1), QTime(9, 0), tokyo);
    const QDateTime now = nine.addDays(-1);
    const auto wanted = [&](const QDateTime &due, const QString &service = u"moving"_s) {
        return NewAppointment{service, due, due.toTimeZone(tokyo).date(), u"vi"_s, u"web"_s, now};
    };
    int drawn = 0;
    const auto codes = [&drawn] { return u"CODE-%1"_s.arg(++drawn, 4, 10, QChar(u'0')); };
    std::unique_ptr<AppointmentStore> store = open();

    SECTION("a slot takes reservations up to its capacity; cancelled ones free their place")
    {
        const auto first = store->bookIfRoom(wanted(nine), 2, codes);
        REQUIRE(first);
        REQUIRE(*first);
        CHECK((*first)->code == u"CODE-0001"_s);
        CHECK((*first)->state == AppointmentState::Booked);
        CHECK((*first)->language == u"vi"_s);
        CHECK((*first)->due == nine);
        REQUIRE(store->bookIfRoom(wanted(nine), 2, codes).value());
        CHECK(store->taken(u"moving"_s, nine).value() == 2);
        const auto full = store->bookIfRoom(wanted(nine), 2, codes);
        REQUIRE(full);
        CHECK_FALSE(*full);
        CHECK(store->taken(u"moving"_s, nine.addSecs(1800)).value() == 0);
        CHECK(store->taken(u"tax"_s, nine).value() == 0);
        REQUIRE(store->changeState(u"CODE-0001"_s, AppointmentState::Booked, AppointmentState::Cancelled, now).value());
        CHECK(store->taken(u"moving"_s, nine).value() == 1);
        CHECK(store->bookIfRoom(wanted(nine), 2, codes).value());
    }
    SECTION("a code already taken is drawn again; when every draw is taken nothing is recorded")
    {
        REQUIRE(store->bookIfRoom(wanted(nine), 5, [] { return u"SAME-CODE"_s; }).value());
        int draws = 0;
        const auto again = store->bookIfRoom(wanted(nine), 5, [&] { return ++draws == 1 ? u"SAME-CODE"_s : u"NEXT-CODE"_s; });
        REQUIRE(again);
        CHECK((*again)->code == u"NEXT-CODE"_s);
        CHECK_FALSE(store->bookIfRoom(wanted(nine), 5, [] { return u"SAME-CODE"_s; }));
        CHECK(store->taken(u"moving"_s, nine).value() == 2);
    }
    SECTION("a reservation is found by its code and changes state only from the state named")
    {
        const BookedAppointment booked = **store->bookIfRoom(wanted(nine), 1, codes);
        CHECK(store->find(booked.code).value() == booked);
        CHECK_FALSE(store->find(u"NOT-THERE"_s).value());
        CHECK_FALSE(store->changeState(booked.code, AppointmentState::CheckedIn, AppointmentState::Cancelled, now).value());
        CHECK(store->changeState(booked.code, AppointmentState::Booked, AppointmentState::CheckedIn, now).value());
        CHECK_FALSE(store->changeState(booked.code, AppointmentState::Booked, AppointmentState::Cancelled, now).value());
        CHECK(store->find(booked.code).value()->state == AppointmentState::CheckedIn);
        CHECK_FALSE(store->changeState(u"NOT-THERE"_s, AppointmentState::Booked, AppointmentState::Cancelled, now).value());
    }
    SECTION("a day lists its reservations by time, then code, and no other day's")
    {
        REQUIRE(store->bookIfRoom(wanted(nine.addSecs(3600)), 3, codes).value());
        REQUIRE(store->bookIfRoom(wanted(nine, u"tax"_s), 3, codes).value());
        REQUIRE(store->bookIfRoom(wanted(nine), 3, codes).value());
        REQUIRE(store->bookIfRoom(wanted(nine.addDays(1)), 3, codes).value());
        const auto day = store->day(QDate(2026, 12, 1));
        REQUIRE(day);
        REQUIRE(day->size() == 3);
        CHECK(day->at(0).code == u"CODE-0002"_s);
        CHECK(day->at(1).code == u"CODE-0003"_s);
        CHECK(day->at(2).code == u"CODE-0001"_s);
        CHECK(store->day(QDate(2026, 12, 3)).value().isEmpty());
    }
    SECTION("what was recorded is there when the store is opened again")
    {
        const BookedAppointment booked = **store->bookIfRoom(wanted(nine), 1, codes);
        REQUIRE(store->changeState(booked.code, AppointmentState::Booked, AppointmentState::CheckedIn, now).value());
        store.reset();
        store = open();
        BookedAppointment expected = booked;
        expected.state = AppointmentState::CheckedIn;
        CHECK(store->find(booked.code).value() == expected);
        CHECK(store->taken(u"moving"_s, nine).value() == 1);
    }
}

} // namespace Madoguchi::Test
