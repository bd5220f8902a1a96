// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One ticket routed through the counters of a one-stop visit: a routed visit's next step is chosen
// when one ends — never before the services it waits for, then the shortest expected wait; a visit
// that is not routed keeps its order; a clerk adds and removes steps; routes survive a restart. Over
// many random visits and queue states: dependencies always hold, no step is lost or duplicated, and
// re-planning never moves a step already called.
#include "queue/steprouter.h"
#include "testoffice.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

Visit routed(EngineFixture &f, const QStringList &services, const QList<StepPlan> &plans)
{
    IssueRequest request;
    request.services = services;
    request.plans = plans;
    request.channel = IssueChannel::Staff;
    auto issued = f.engine->issue(request, u"kiosk"_s);
    REQUIRE(issued);
    return issued.value();
}

const Step &stepOf(const Visit &visit, const QString &service)
{
    const auto it = std::find_if(visit.steps.rbegin(), visit.steps.rend(), [&](const Step &step) { return step.service == service; });
    REQUIRE(it != visit.steps.rend());
    return *it;
}

Visit current(EngineFixture &f, VisitId id)
{
    const QueueState state = f.engine->state();
    const Visit *visit = state.visit(id);
    REQUIRE(visit);
    return *visit;
}

/// Calls the visit's waiting step to the first open counter that takes its service, serves it and
/// finishes it.
void serve(EngineFixture &f, const Visit &visit, int counter)
{
    REQUIRE(f.engine->callSpecific(counter, visit.number, u"counter"_s));
    REQUIRE(f.engine->start(counter, u"counter"_s));
    REQUIRE(f.engine->finish(counter, {}, u"counter"_s));
}

} // namespace

TEST_CASE("a routed visit waits for what comes first, then takes the shortest queue", "[routing]")
{
    EngineFixture f;
    f.openAll();
    for (int i = 0; i < 5; ++i)
        f.issue({u"certificate"_s});
    const Visit visit =
        routed(f, {u"certificate"_s, u"moving"_s, u"tax"_s},
               {{{u"residence-certificate"_s}, {u"moving"_s}}, {{u"move-in-notice"_s}, {}}, {{u"moped-register"_s}, {u"moving"_s}}});
    CHECK(visit.routed);
    CHECK(stepOf(visit, u"moving"_s).state == StepState::Waiting); // the only step that waits for nothing
    CHECK(stepOf(visit, u"certificate"_s).state == StepState::Pending);
    CHECK(visit.currentStep()->service == u"moving"_s);
    CHECK(stepOf(visit, u"tax"_s).procedures == QStringList{u"moped-register"_s});

    // Five wait for certificates, nobody for tax: the tax step goes first.
    const QDateTime now = f.clock.now();
    const Step &certificate = stepOf(visit, u"certificate"_s);
    CHECK(expectedWaitMinutes(certificate, now, f.engine->state(), f.office)
          > expectedWaitMinutes(stepOf(visit, u"tax"_s), now, f.engine->state(), f.office));
    CHECK(expectedWaitMinutes(certificate, now.addSecs(-60), f.engine->state(), f.office) == 0); // ahead of them all
    serve(f, visit, 1);
    Visit after = current(f, visit.id);
    CHECK(stepOf(after, u"tax"_s).state == StepState::Waiting);
    CHECK(stepOf(after, u"certificate"_s).state == StepState::Pending);
    CHECK(stepOf(after, u"tax"_s).queuedAt == visit.issuedAt); // next_step_keeps_arrival
    serve(f, after, 4);
    after = current(f, visit.id);
    CHECK(stepOf(after, u"certificate"_s).state == StepState::Waiting);
    serve(f, after, 3);
    CHECK_FALSE(current(f, visit.id).isOpen());
}

TEST_CASE("a visit that is not routed takes its steps in order, whatever the queues", "[routing]")
{
    EngineFixture f;
    f.openAll();
    for (int i = 0; i < 5; ++i)
        f.issue({u"certificate"_s});
    const Visit visit = f.issue({u"moving"_s, u"certificate"_s, u"tax"_s});
    CHECK_FALSE(visit.routed);
    serve(f, visit, 1);
    CHECK(stepOf(current(f, visit.id), u"certificate"_s).state == StepState::Waiting);
    CHECK(stepOf(current(f, visit.id), u"tax"_s).state == StepState::Pending);
}

TEST_CASE("a clerk adds and removes steps, and a called step stays where it is", "[routing]")
{
    EngineFixture f;
    f.openAll();
    const Visit visit = routed(f, {u"moving"_s, u"certificate"_s}, {{{}, {}}, {{}, {u"moving"_s}}});

    SECTION("a step to come is removed, and the visit ends with the one it had")
    {
        const auto removed = f.engine->removeStep(visit.number, stepOf(visit, u"certificate"_s).id, u"staff:clerk"_s);
        REQUIRE(removed);
        CHECK(stepOf(removed.value(), u"certificate"_s).state == StepState::Cancelled);
        CHECK(stepOf(removed.value(), u"certificate"_s).outcome == u"removed"_s);
        serve(f, removed.value(), 1);
        CHECK_FALSE(current(f, visit.id).isOpen());
    }
    SECTION("the waiting step is removed, and the next one joins its queue")
    {
        const auto removed = f.engine->removeStep(visit.number, stepOf(visit, u"moving"_s).id, u"staff:clerk"_s);
        REQUIRE(removed);
        CHECK(stepOf(removed.value(), u"certificate"_s).state == StepState::Waiting);
        const auto last = f.engine->removeStep(visit.number, stepOf(visit, u"certificate"_s).id, u"staff:clerk"_s);
        REQUIRE(last);
        CHECK_FALSE(last->isOpen());
    }
    SECTION("a called step cannot be removed, and an unknown or ended one is refused")
    {
        REQUIRE(f.engine->callSpecific(1, visit.number, u"counter"_s));
        const auto refused = f.engine->removeStep(visit.number, stepOf(visit, u"moving"_s).id, u"staff:clerk"_s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == QueueErrorCode::WrongState);
        CHECK(f.engine->removeStep(visit.number, 9999, u"staff:clerk"_s).error().code == QueueErrorCode::InvalidRequest);
        // Removing the step to come leaves the called one called at its counter.
        REQUIRE(f.engine->removeStep(visit.number, stepOf(visit, u"certificate"_s).id, u"staff:clerk"_s));
        const Visit now = current(f, visit.id);
        CHECK(stepOf(now, u"moving"_s).state == StepState::Called);
        CHECK(stepOf(now, u"moving"_s).counter == 1);
    }
    SECTION("a step is added after the services it names, and checked")
    {
        const auto added = f.engine->addStep(visit.number, u"tax"_s, {{u"moped-register"_s}, {u"moving"_s}}, u"staff:clerk"_s);
        REQUIRE(added);
        const Step &tax = stepOf(added.value(), u"tax"_s);
        CHECK(tax.state == StepState::Pending);
        CHECK(tax.after == QStringList{u"moving"_s});
        CHECK(f.engine->addStep(visit.number, u"tax"_s, {}, u"staff:clerk"_s).error().code == QueueErrorCode::InvalidRequest);
        CHECK(f.engine->addStep(visit.number, u"pets"_s, {}, u"staff:clerk"_s).error().code == QueueErrorCode::UnknownService);
        CHECK(f.engine->addStep(visit.number, u"moving"_s, {}, u"staff:clerk"_s).error().code == QueueErrorCode::InvalidRequest);
        CHECK(f.engine->addStep(u"Z-999"_s, u"tax"_s, {}, u"staff:clerk"_s).error().code == QueueErrorCode::UnknownVisit);
        f.reopen(); // what a routed visit carries survives a restart
        const Visit reread = current(f, visit.id);
        CHECK(reread.routed);
        CHECK(stepOf(reread, u"tax"_s).procedures == QStringList{u"moped-register"_s});
        CHECK(stepOf(reread, u"certificate"_s).after == QStringList{u"moving"_s});
        CHECK(reread == added.value());
    }
}

TEST_CASE("a route that does not fit its services is refused", "[routing]")
{
    EngineFixture f;
    IssueRequest request;
    request.services = {u"moving"_s, u"tax"_s};
    request.channel = IssueChannel::Staff;
    const auto refusedWith = [&](QList<StepPlan> plans) {
        request.plans = std::move(plans);
        const auto result = f.engine->issue(request, u"kiosk"_s);
        REQUIRE_FALSE(result);
        return result.error().code;
    };
    CHECK(refusedWith({{}}) == QueueErrorCode::InvalidRequest);                                // one plan for two services
    CHECK(refusedWith({{{}, {u"certificate"_s}}, {}}) == QueueErrorCode::InvalidRequest);      // a service not in the visit
    CHECK(refusedWith({{{}, {u"moving"_s}}, {}}) == QueueErrorCode::InvalidRequest);           // after itself
    CHECK(refusedWith({{{u"Move In"_s}, {}}, {}}) == QueueErrorCode::InvalidRequest);          // not a procedure id
    CHECK(refusedWith({{QStringList(31, u"p"_s), {}}, {}}) == QueueErrorCode::InvalidRequest); // too many procedures
}

TEST_CASE("over random visits and queues, routes keep their dependencies and lose no step", "[routing]")
{
    const QStringList services{u"moving"_s, u"certificate"_s, u"tax"_s};
    for (unsigned seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        EngineFixture f;
        f.openAll();
        std::mt19937 random(seed);
        const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
        std::map<VisitId, std::multiset<QString>> expected; // the services each visit is to be served at
        std::map<StepId, int> called;                       // steps called, and where
        std::set<StepId> queued;                            // steps seen in a queue or at a counter

        const auto check = [&] {
            const QueueState state = f.engine->state();
            std::set<StepId> ids;
            for (const auto &[id, visit] : state.visits) {
                int active = 0;
                std::multiset<QString> kept;
                for (const Step &step : visit.steps) {
                    CHECK(ids.insert(step.id).second);
                    if (!isTerminal(step.state) && step.state != StepState::Pending) {
                        ++active;
                        if (queued.insert(step.id).second) { // just queued: what it waits for has ended
                            for (const Step &other : visit.steps)
                                CHECK((other.id == step.id || isTerminal(other.state) || !step.after.contains(other.service)));
                        }
                    }
                    if (step.state != StepState::Cancelled && step.state != StepState::Transferred)
                        kept.insert(step.service);
                    if (const auto it = called.find(step.id); it != called.end() && step.state == StepState::Called)
                        CHECK(step.counter == it->second);
                }
                CHECK(active <= 1);
                if (visit.isOpen())
                    CHECK(active == 1);
                CHECK(kept == expected.at(id));
            }
        };

        for (int round = 0; round < 60; ++round) {
            const int operation = pick(0, 9);
            const QueueState state = f.engine->state();
            if (operation <= 2 || state.openVisits.empty()) {
                QStringList chosen;
                for (const QString &service : services) {
                    if (pick(0, 1))
                        chosen.append(service);
                }
                if (chosen.isEmpty())
                    chosen.append(services.at(pick(0, 2)));
                std::shuffle(chosen.begin(), chosen.end(), random);
                QList<StepPlan> plans;
                for (qsizetype i = 0; i < chosen.size(); ++i) {
                    StepPlan plan;
                    for (qsizetype j = 0; j < i; ++j) { // only on earlier services: no circle
                        if (pick(0, 2) == 0)
                            plan.after.append(chosen.at(j));
                    }
                    plans.append(plan);
                }
                const Visit visit = routed(f, chosen, plans);
                expected[visit.id] = std::multiset<QString>(chosen.begin(), chosen.end());
            } else if (operation <= 6) {
                const int counter = pick(1, 5);
                if (const Step *held = state.stepAtCounter(counter)) {
                    if (held->state == StepState::Called)
                        REQUIRE(f.engine->start(counter, u"counter"_s));
                    else
                        REQUIRE(f.engine->finish(counter, {}, u"counter"_s));
                    called.erase(held->id);
                } else if (const auto call = f.engine->callNext(counter, u"counter"_s); call) {
                    called[call->step] = counter;
                }
            } else {
                const auto it = std::next(state.openVisits.begin(), pick(0, int(state.openVisits.size()) - 1));
                const Visit &visit = state.visits.at(*it);
                const Step &step = visit.steps.at(pick(0, int(visit.steps.size()) - 1));
                if (operation == 7 && !isTerminal(step.state) && !isAtCounter(step.state)) {
                    REQUIRE(f.engine->removeStep(visit.number, step.id, u"staff:clerk"_s));
                    expected[visit.id].erase(expected[visit.id].find(step.service));
                } else if (operation == 8) {
                    const QString service = services.at(pick(0, 2));
                    const bool open = std::any_of(visit.steps.begin(), visit.steps.end(),
                                                  [&](const Step &s) { return s.service == service && !isTerminal(s.state); });
                    const auto added = f.engine->addStep(visit.number, service, {{}, {}}, u"staff:clerk"_s);
                    CHECK(added.ok() == !open);
                    if (added)
                        expected[visit.id].insert(service);
                }
            }
            check();
        }
        // Every counter serves what is left: every visit ends with every step it kept served.
        for (int guard = 0; guard < 400 && !f.engine->state().openVisits.empty(); ++guard) {
            const int counter = 1 + guard % 5;
            if (const Step *held = f.engine->state().stepAtCounter(counter))
                REQUIRE((held->state == StepState::Called ? f.engine->start(counter, u"counter"_s)
                                                          : f.engine->finish(counter, {}, u"counter"_s)));
            else
                (void)f.engine->callNext(counter, u"counter"_s);
        }
        CHECK(f.engine->state().openVisits.empty());
        for (const auto &[id, visit] : f.engine->state().visits) {
            std::multiset<QString> done;
            for (const Step &step : visit.steps) {
                CHECK((step.state == StepState::Done || step.state == StepState::Cancelled));
                if (step.state == StepState::Done)
                    done.insert(step.service);
            }
            CHECK(done == expected.at(id));
        }
        check();
    }
}
