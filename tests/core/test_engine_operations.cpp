// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

enum class Setup { Waiting, Called, Serving, Parked };

/// A-001 (moving) brought into a state with counter 1 holding it where that applies.
void prepare(EngineFixture &f, Setup setup)
{
    f.openAll();
    f.issue({u"moving"_s, u"certificate"_s});
    if (setup == Setup::Waiting)
        return;
    REQUIRE(f.engine->callNext(1, u"test"_s).ok());
    if (setup == Setup::Serving)
        REQUIRE(f.engine->start(1, u"test"_s).ok());
    if (setup == Setup::Parked)
        REQUIRE(f.engine->park(1, u"test"_s).ok());
}

struct Outcome {
    bool ok;
    QueueErrorCode code;
    QString message;
};

template<typename T>
Outcome outcome(const QueueResult<T> &result)
{
    return result.ok() ? Outcome{true, {}, {}} : Outcome{false, result.error().code, result.error().message};
}

using Operation = std::function<Outcome(QueueEngine &)>;

const Operation recall = [](QueueEngine &e) { return outcome(e.recall(1, u"c1"_s)); };
const Operation start = [](QueueEngine &e) { return outcome(e.start(1, u"c1"_s)); };
const Operation finish = [](QueueEngine &e) { return outcome(e.finish(1, {}, u"c1"_s)); };
const Operation noShow = [](QueueEngine &e) { return outcome(e.noShow(1, u"c1"_s)); };
const Operation park = [](QueueEngine &e) { return outcome(e.park(1, u"c1"_s)); };
const Operation transfer = [](QueueEngine &e) { return outcome(e.transfer(1, TransferTarget{u"tax"_s, 0, {}}, u"c1"_s)); };
const Operation unpark = [](QueueEngine &e) { return outcome(e.unpark(u"A-001"_s, 0, u"c1"_s)); };
const Operation cancel = [](QueueEngine &e) { return outcome(e.cancel(u"A-001"_s, u"c1"_s)); };
const Operation callHere = [](QueueEngine &e) { return outcome(e.callSpecific(2, u"A-001"_s, u"c2"_s)); };

/// What the current step of A-001 looks like after a successful operation: "state@counter",
/// or "closed" when the visit ended.
QString currentOf(const QueueEngine &engine)
{
    const QueueState state = engine.state();
    const Visit *visit = state.visit(1);
    const Step *step = visit ? visit->currentStep() : nullptr;
    if (!step)
        return u"closed"_s;
    return stepStateName(step->state) + u"@"_s + QString::number(step->counter) + u":"_s + step->service;
}

} // namespace

TEST_CASE("every operation in every state succeeds as it should or changes nothing and says why", "[engine]")
{
    const auto idle = Outcome{false, QueueErrorCode::CounterIdle, u"Counter 1 has no visitor at the moment."_s};
    const auto ok = [](const QString &) { return Outcome{true, {}, {}}; };
    const auto wrong = [](const QString &message) { return Outcome{false, QueueErrorCode::WrongState, message}; };
    struct Case {
        Setup setup;
        const char *name;
        Operation operation;
        Outcome expected;
        QString after; // current step after success
    };
    const Case cases[] = {
        {Setup::Waiting, "recall", recall, idle, {}},
        {Setup::Waiting, "start", start, idle, {}},
        {Setup::Waiting, "finish", finish, idle, {}},
        {Setup::Waiting, "no-show", noShow, idle, {}},
        {Setup::Waiting, "park", park, idle, {}},
        {Setup::Waiting, "transfer", transfer, idle, {}},
        {Setup::Waiting, "unpark", unpark, wrong(u"A-001 is waiting in the queue."_s), {}},
        {Setup::Waiting, "cancel", cancel, ok({}), u"closed"_s},
        {Setup::Waiting, "call specific", callHere, ok({}), u"called@2:moving"_s},

        {Setup::Called, "recall", recall, ok({}), u"called@1:moving"_s},
        {Setup::Called, "start", start, ok({}), u"serving@1:moving"_s},
        {Setup::Called, "finish", finish, ok({}), u"waiting@0:certificate"_s},
        {Setup::Called, "no-show", noShow, ok({}), u"closed"_s},
        {Setup::Called, "park", park, ok({}), u"parked@0:moving"_s},
        {Setup::Called, "transfer", transfer, ok({}), u"waiting@0:tax"_s},
        {Setup::Called, "unpark", unpark, wrong(u"A-001 has already been called to counter 1."_s), {}},
        {Setup::Called, "cancel", cancel, ok({}), u"closed"_s},
        {Setup::Called, "call specific", callHere, wrong(u"A-001 has already been called to counter 1."_s), {}},

        {Setup::Serving, "recall", recall, wrong(u"A-001 is already at counter 1; there is no one to recall."_s), {}},
        {Setup::Serving, "start", start, wrong(u"A-001 is already being served at counter 1."_s), {}},
        {Setup::Serving, "finish", finish, ok({}), u"waiting@0:certificate"_s},
        {Setup::Serving, "no-show", noShow, wrong(u"A-001 is already being served at counter 1; finish the visit instead."_s), {}},
        {Setup::Serving, "park", park, ok({}), u"parked@0:moving"_s},
        {Setup::Serving, "transfer", transfer, ok({}), u"waiting@0:tax"_s},
        {Setup::Serving, "unpark", unpark, wrong(u"A-001 is already being served at counter 1."_s), {}},
        {Setup::Serving, "cancel", cancel, wrong(u"A-001 is being served at counter 1; finish or transfer it there."_s), {}},
        {Setup::Serving, "call specific", callHere, wrong(u"A-001 is already being served at counter 1."_s), {}},

        {Setup::Parked, "recall", recall, idle, {}},
        {Setup::Parked, "start", start, idle, {}},
        {Setup::Parked, "finish", finish, idle, {}},
        {Setup::Parked, "no-show", noShow, idle, {}},
        {Setup::Parked, "park", park, idle, {}},
        {Setup::Parked, "transfer", transfer, idle, {}},
        {Setup::Parked, "unpark", unpark, ok({}), u"waiting@0:moving"_s},
        {Setup::Parked, "cancel", cancel, ok({}), u"closed"_s},
        {Setup::Parked, "call specific", callHere, wrong(u"A-001 is parked in the pool."_s), {}},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION("state " << int(c.setup) << ", " << c.name)
        {
            EngineFixture f;
            prepare(f, c.setup);
            const QueueState before = f.engine->state();
            const qsizetype eventsBefore = f.store->events(0, 1000)->size();
            const Outcome got = c.operation(*f.engine);
            CHECK(got.ok == c.expected.ok);
            if (c.expected.ok) {
                CHECK(currentOf(*f.engine) == c.after);
                CHECK(f.store->events(0, 1000)->size() > eventsBefore);
            } else {
                CHECK(got.code == c.expected.code);
                CHECK(got.message == c.expected.message);
                CHECK(f.engine->state() == before);
                CHECK(f.store->events(0, 1000)->size() == eventsBefore);
            }
        }
    }
}

TEST_CASE("a recall counts, a no-show ends the rest of the visit", "[engine]")
{
    EngineFixture f;
    prepare(f, Setup::Called);
    REQUIRE(f.engine->recall(1, u"c1"_s).ok());
    REQUIRE(f.engine->recall(1, u"c1"_s).ok());
    CHECK(f.engine->state().visit(1)->steps.at(0).recalls == 2);
    const auto visit = f.engine->noShow(1, u"c1"_s);
    REQUIRE(visit.ok());
    CHECK(visit->steps.at(0).state == StepState::NoShow);
    CHECK(visit->steps.at(1).state == StepState::Cancelled);
    CHECK(visit->steps.at(1).outcome == u"no-show"_s);
    CHECK_FALSE(visit->isOpen());
}

TEST_CASE("the next step of a visit keeps the original arrival time unless configured otherwise", "[engine]")
{
    const bool keep = GENERATE(true, false);
    OfficeConfig office = testOffice();
    office.rules.nextStepKeepsArrival = keep;
    EngineFixture f(office);
    f.openAll();
    const Visit oneStop = f.issue({u"moving"_s, u"certificate"_s}); // 09:00
    f.clock.advance(5 * 60'000);
    const Visit later = f.issue({u"certificate"_s}); // 09:05
    REQUIRE(f.engine->callNext(1, u"c1"_s)->visit.number == oneStop.number);
    f.clock.advance(20 * 60'000);
    const auto finished = f.engine->finish(1, u"completed"_s, u"c1"_s);
    REQUIRE(finished.ok());
    CHECK(finished->steps.at(1).state == StepState::Waiting);
    CHECK(finished->steps.at(1).queuedAt == (keep ? oneStop.issuedAt : f.clock.now()));
    const auto next = f.engine->callNext(3, u"c3"_s);
    REQUIRE(next.ok());
    CHECK(next->visit.number == (keep ? oneStop.number : later.number));
}

TEST_CASE("a transfer keeps the place or goes to the end, to a service or a counter", "[engine]")
{
    EngineFixture f;
    f.openAll();
    const Visit first = f.issue({u"moving"_s}); // 09:00
    f.clock.advance(60'000);
    const Visit second = f.issue({u"certificate"_s}); // 09:01
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    f.clock.advance(10 * 60'000);

    SECTION("keeping the place")
    {
        const auto moved = f.engine->transfer(1, TransferTarget{u"certificate"_s, 0, true}, u"c1"_s);
        REQUIRE(moved.ok());
        CHECK(moved->steps.size() == 2);
        CHECK(moved->steps.at(0).state == StepState::Transferred);
        CHECK(moved->steps.at(1).queuedAt == first.issuedAt);
        CHECK(f.engine->callNext(3, u"c3"_s)->visit.number == first.number);
    }
    SECTION("going to the end")
    {
        const auto moved = f.engine->transfer(1, TransferTarget{u"certificate"_s, 0, false}, u"c1"_s);
        REQUIRE(moved.ok());
        CHECK(moved->steps.at(1).queuedAt == f.clock.now());
        CHECK(f.engine->callNext(3, u"c3"_s)->visit.number == second.number);
    }
    SECTION("to a counter: only that counter may call it")
    {
        REQUIRE(f.engine->transfer(1, TransferTarget{{}, 2, {}}, u"c1"_s).ok());
        const auto elsewhere = f.engine->callSpecific(5, first.number, u"c5"_s);
        REQUIRE_FALSE(elsewhere.ok());
        CHECK(elsewhere.error().code == QueueErrorCode::NotServedHere);
        CHECK(elsewhere.error().message == u"A-001 was transferred to counter 2."_s);
        CHECK(f.engine->callNext(5, u"c5"_s)->visit.number == second.number);
        const auto directed = f.engine->callNext(2, u"c2"_s);
        REQUIRE(directed.ok());
        CHECK(directed->reason.code == CallReason::Code::DirectedTransfer);
    }
    SECTION("to the same counter and service is refused")
    {
        const auto same = f.engine->transfer(1, TransferTarget{u"moving"_s, 1, {}}, u"c1"_s);
        REQUIRE_FALSE(same.ok());
        CHECK(same.error().code == QueueErrorCode::InvalidRequest);
        CHECK(same.error().message == u"A-001 is already at counter 1 for that service."_s);
    }
    SECTION("to an unknown service or counter is refused")
    {
        CHECK(f.engine->transfer(1, TransferTarget{u"passport"_s, 0, {}}, u"c1"_s).error().code == QueueErrorCode::UnknownService);
        CHECK(f.engine->transfer(1, TransferTarget{{}, 42, {}}, u"c1"_s).error().message == u"There is no counter 42."_s);
    }
}

TEST_CASE("calling a specific number checks the counter's work", "[engine]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s});
    const auto wrongCounter = f.engine->callSpecific(4, u"A-001"_s, u"c4"_s);
    REQUIRE_FALSE(wrongCounter.ok());
    CHECK(wrongCounter.error().code == QueueErrorCode::NotServedHere);
    CHECK(wrongCounter.error().message == u"Counter 4 does not take 住民異動 (A-001); transfer the visit instead."_s);
    const auto unknown = f.engine->callSpecific(1, u"A-999"_s, u"c1"_s);
    CHECK(unknown.error().code == QueueErrorCode::UnknownVisit);
    CHECK(unknown.error().message == u"No open ticket has the number A-999."_s);
    const auto called = f.engine->callSpecific(5, u"A-001"_s, u"c5"_s); // moving is counter 5's fallback
    REQUIRE(called.ok());
    CHECK(called->reason.code == CallReason::Code::CalledByNumber);
}

TEST_CASE("a parked visitor returns to the queue at the old place or straight to a counter", "[engine]")
{
    EngineFixture f;
    f.openAll();
    const Visit first = f.issue({u"moving"_s});
    f.clock.advance(60'000);
    f.issue({u"moving"_s});
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    REQUIRE(f.engine->park(1, u"c1"_s).ok());
    CHECK(f.engine->callNext(1, u"c1"_s)->visit.number == u"A-002"_s);

    SECTION("back to the queue")
    {
        REQUIRE(f.engine->unpark(first.number, 0, u"c1"_s).ok());
        CHECK(f.engine->callNext(2, u"c2"_s)->visit.number == first.number);
    }
    SECTION("straight to a counter, which must be free")
    {
        const auto busy = f.engine->unpark(first.number, 1, u"c1"_s);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().code == QueueErrorCode::CounterBusy);
        CHECK(busy.error().message == u"Counter 1 is still attending to A-002; finish, transfer or park that visit first."_s);
        const auto called = f.engine->unpark(first.number, 2, u"c2"_s);
        REQUIRE(called.ok());
        CHECK(called->currentStep()->state == StepState::Called);
        CHECK(called->currentStep()->counter == 2);
    }
}

TEST_CASE("finishing records the outcome, which must be a short code", "[engine]")
{
    EngineFixture f;
    prepare(f, Setup::Serving);
    const auto bad = f.engine->finish(1, u"Not Done!"_s, u"c1"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QueueErrorCode::InvalidRequest);
    const auto done = f.engine->finish(1, u"documents-missing"_s, u"c1"_s);
    REQUIRE(done.ok());
    CHECK(done->steps.at(0).outcome == u"documents-missing"_s);
    CHECK(done->steps.at(0).state == StepState::Done);
}
