// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "common/languagecatalogs.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;

/// A waiting visitor in a scenario: what it asks for and when.
struct Arrival {
    QString service;
    int minute; // minutes after 09:00
    bool priority = false;
    int appointmentMinute = -1; // appointment time in minutes after 09:00, -1 for a walk-in
};

struct Expected {
    QString number;
    CallReason::Code code;
    QString message;
};

/// Issues the arrivals at their times, sets the clock to callMinute and calls at counter 2 (moving
/// and certificate, no fallback) until the expected calls are made.
void runScenario(const OrderingPolicy &policy, const QList<Arrival> &arrivals, int callMinute, const QList<Expected> &expected,
                 int counter = 2)
{
    EngineFixture f(testOffice(policy));
    const QDateTime nine = tokyo(2026, 11, 24, 9, 0);
    for (const Arrival &a : arrivals) {
        f.clock.set(nine.addMSecs(a.minute * kMinute));
        IssueRequest request{
            {a.service}, {}, a.priority ? PriorityClass::Priority : PriorityClass::Regular, {}, std::nullopt, IssueChannel::Kiosk, {}, {}};
        if (a.appointmentMinute >= 0)
            request.appointment = Appointment{u"R-%1"_s.arg(a.minute), nine.addMSecs(a.appointmentMinute * kMinute)};
        REQUIRE(f.engine->issue(request, u"kiosk"_s).ok());
    }
    f.clock.set(nine.addMSecs(callMinute * kMinute));
    REQUIRE(f.engine->openCounter(counter, u"test"_s).ok());
    for (const Expected &e : expected) {
        auto called = f.engine->callNext(counter, u"test"_s);
        REQUIRE(called.ok());
        CHECK(called->visit.number == e.number);
        CHECK(called->reason.code == e.code);
        CHECK(called->reason.message == e.message);
        REQUIRE(f.engine->finish(counter, {}, u"test"_s).ok());
    }
    const auto none = f.engine->callNext(counter, u"test"_s);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == QueueErrorCode::NoneWaiting);
}

OrderingPolicy policy(OrderingPolicy::Kind kind, int ratio = 2)
{
    OrderingPolicy p;
    p.kind = kind;
    p.ratio = ratio;
    return p;
}

} // namespace

TEST_CASE("arrival order pools a counter's primary services", "[callchoice]")
{
    runScenario(policy(OrderingPolicy::Kind::Arrival),
                {{u"certificate"_s, 0}, {u"moving"_s, 1}, {u"certificate"_s, 2, true}, {u"tax"_s, 3}}, 30,
                {{u"B-001"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:00"_s},
                 {u"A-001"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:01"_s},
                 {u"B-002"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:02"_s}});
}

TEST_CASE("priority first calls the priority class, then by arrival", "[callchoice]")
{
    runScenario(policy(OrderingPolicy::Kind::PriorityFirst),
                {{u"certificate"_s, 0}, {u"moving"_s, 1, true}, {u"certificate"_s, 2, true}, {u"moving"_s, 3}}, 30,
                {{u"A-001"_s, CallReason::Code::PriorityClass, u"priority class first, then arrival (waiting since 09:01)"_s},
                 {u"B-002"_s, CallReason::Code::PriorityClass, u"priority class first, then arrival (waiting since 09:02)"_s},
                 {u"B-001"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:00"_s},
                 {u"A-002"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:03"_s}});
}

TEST_CASE("N:1 alternation calls N priority visitors per regular visitor", "[callchoice]")
{
    runScenario(policy(OrderingPolicy::Kind::Alternation, 2),
                {{u"moving"_s, 0},
                 {u"moving"_s, 1},
                 {u"moving"_s, 2, true},
                 {u"moving"_s, 3, true},
                 {u"moving"_s, 4, true},
                 {u"certificate"_s, 5, true}},
                30,
                {{u"A-003"_s, CallReason::Code::AlternationPriority, u"2:1 alternation: priority turn (1 of 2)"_s},
                 {u"A-004"_s, CallReason::Code::AlternationPriority, u"2:1 alternation: priority turn (2 of 2)"_s},
                 {u"A-001"_s, CallReason::Code::AlternationRegular, u"2:1 alternation: regular turn"_s},
                 {u"A-005"_s, CallReason::Code::AlternationPriority, u"2:1 alternation: priority turn (1 of 2)"_s},
                 {u"B-001"_s, CallReason::Code::AlternationPriority, u"2:1 alternation: priority turn (2 of 2)"_s},
                 // Only regular visitors are left: plain arrival order.
                 {u"A-002"_s, CallReason::Code::Arrival, u"arrival order: waiting since 09:01"_s}});
}

TEST_CASE("appointment blending serves due appointments without letting walk-ins wait too long", "[callchoice]")
{
    OrderingPolicy blend = policy(OrderingPolicy::Kind::AppointmentBlend);
    blend.earlyMinutes = 10;
    blend.walkInMaxWaitMinutes = 30;
    SECTION("a due appointment goes before walk-ins; an early one waits until no one else does")
    {
        runScenario(blend, {{u"moving"_s, 0}, {u"moving"_s, 5, false, 25}, {u"moving"_s, 6, false, 60}, {u"moving"_s, 10}}, 20,
                    {{u"A-002"_s, CallReason::Code::AppointmentDue, u"appointment due 09:25"_s},
                     {u"A-001"_s, CallReason::Code::WalkIn, u"no appointment due; arrival order: waiting since 09:00"_s},
                     {u"A-004"_s, CallReason::Code::WalkIn, u"no appointment due; arrival order: waiting since 09:10"_s},
                     {u"A-003"_s, CallReason::Code::EarlyAppointment, u"appointment at 10:00, called early: no one else is waiting"_s}});
    }
    SECTION("a walk-in waiting past the limit goes first")
    {
        runScenario(blend, {{u"moving"_s, 0}, {u"moving"_s, 5, false, 40}}, 35,
                    {{u"A-001"_s, CallReason::Code::WalkInWaitedLong, u"walk-in waiting over 30 min (since 09:00)"_s},
                     {u"A-002"_s, CallReason::Code::AppointmentDue, u"appointment due 09:40"_s}});
    }
}

TEST_CASE("primary services come before fallback services, directed transfers before both", "[callchoice]")
{
    EngineFixture f(testOffice(policy(OrderingPolicy::Kind::Arrival)));
    f.openAll();
    const Visit certificate = f.issue({u"certificate"_s});
    f.clock.advance(kMinute);
    const Visit moving = f.issue({u"moving"_s});
    f.clock.advance(kMinute);
    const Visit tax = f.issue({u"tax"_s});

    // Counter 1 serves moving, with certificates as fallback: moving first although later.
    auto first = f.engine->callNext(1, u"test"_s);
    REQUIRE(first.ok());
    CHECK(first->visit.number == moving.number);
    CHECK_FALSE(first->reason.fallback);
    // Transfer A-001 to counter 5 for tax: counter 5 calls it before its own earlier certificate.
    REQUIRE(f.engine->transfer(1, TransferTarget{u"tax"_s, 5, true}, u"test"_s).ok());
    auto directed = f.engine->callNext(5, u"test"_s);
    REQUIRE(directed.ok());
    CHECK(directed->visit.number == moving.number);
    CHECK(directed->reason.code == CallReason::Code::DirectedTransfer);
    CHECK(directed->reason.message == u"transferred to this counter; waiting since 09:01"_s);
    // Counter 1, nothing left for moving: its fallback gives the certificate visitor.
    auto fallback = f.engine->callNext(1, u"test"_s);
    REQUIRE(fallback.ok());
    CHECK(fallback->visit.number == certificate.number);
    CHECK(fallback->reason.fallback);
    CHECK(fallback->reason.message
          == u"arrival order: waiting since 09:00 (fallback: no one is waiting for this counter's main services)"_s);
    // Told again in a clerk's language: the sentence and its fallback note translated, the time kept.
    const LanguageCatalogs catalogs({u"ja"_s});
    const QString japanese =
        fallback->reason.text([&](const char *context, const char *source) { return catalogs.translate(u"ja"_s, context, source); });
    CHECK(japanese == u"到着順：09:00から待っています（代替：この窓口の主な業務に待っている人がいません）"_s);
    // Counter 2 does not take tax at all.
    const auto none = f.engine->callNext(2, u"test"_s);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == u"No one is waiting for the services of counter 2."_s);
    CHECK(f.engine->callNext(4, u"test"_s)->visit.number == tax.number);
}

TEST_CASE("a sentence is filled in one pass, whatever its arguments hold", "[sentence]")
{
    const Sentence said{"Madoguchi::Queue", "%1 is already at counter %2 for that service.", {u"A-%2"_s, u"3"_s}};
    CHECK(said.text() == u"A-%2 is already at counter 3 for that service."_s);
    const LanguageCatalogs catalogs({u"ja"_s});
    CHECK(said.text([&](const char *context, const char *source) { return catalogs.translate(u"ja"_s, context, source); })
          == u"A-%2 はその手続きですでに3番窓口にいます。"_s);
    CHECK(Sentence{}.text().isEmpty());
    CHECK(Sentence{"Madoguchi::Queue", "%1:1 alternation: regular turn", {u"2"_s}}.text() == u"2:1 alternation: regular turn"_s);
}
