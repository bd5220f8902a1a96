// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "estimate/queuelengthestimator.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Erlang quantiles match the closed forms", "[estimate]")
{
    // k = 1 is the exponential distribution: the p-quantile is -ln(1 - p) / rate.
    CHECK(erlangQuantile(1, 1.0, 0.5) == Approx(std::log(2.0)).epsilon(1e-6));
    CHECK(erlangQuantile(1, 2.0, 0.9) == Approx(std::log(10.0) / 2).epsilon(1e-6));
    // k = 3: CDF(x) = 1 - e^(-λx) (1 + λx + (λx)²/2).
    for (const double p : {0.1, 0.5, 0.9}) {
        const double x = erlangQuantile(3, 0.5, p);
        const double lx = 0.5 * x;
        CHECK(1 - std::exp(-lx) * (1 + lx + lx * lx / 2) == Approx(p).epsilon(1e-6));
    }
    // Long queues use an approximation; reference values by bisection on the exact CDF.
    CHECK(erlangQuantile(41, 1.0, 0.1) == Approx(33.0379).epsilon(0.001));
    CHECK(erlangQuantile(41, 1.0, 0.9) == Approx(49.3902).epsilon(0.001));
    CHECK(erlangQuantile(100, 1.0, 0.1) == Approx(87.4176).epsilon(0.001));
    CHECK(erlangQuantile(500, 2.0, 0.9) == Approx(528.8620 / 2).epsilon(0.001));
    // No jump where the method changes.
    CHECK(erlangQuantile(41, 1.0, 0.9) - erlangQuantile(40, 1.0, 0.9) == Approx(1.101).epsilon(0.02));
}

TEST_CASE("the range grows with the people ahead and shrinks with open counters", "[estimate]")
{
    EngineFixture f;
    QueueLengthEstimator estimator(f.office, f.engine->state());
    const WaitEstimate empty = estimator.forService(f.engine->state(), u"certificate"_s);
    CHECK(empty.known);
    CHECK(empty.ahead == 0);
    CHECK(empty.lowMinutes == 0);
    CHECK(empty.highMinutes == 5);

    std::vector<Visit> visits;
    for (int i = 0; i < 12; ++i)
        visits.push_back(f.issue({u"certificate"_s}));
    const WaitEstimate closed = estimator.forService(f.engine->state(), u"certificate"_s);
    CHECK(closed.ahead == 12);
    CHECK(closed.lowMinutes > empty.lowMinutes);
    CHECK(closed.highMinutes > closed.lowMinutes);
    CHECK(closed.lowMinutes % 5 == 0);
    CHECK(closed.highMinutes % 5 == 0);

    // Counters 2, 3 and 5 take certificates first, counter 1 as fallback: four servers once open.
    f.openAll();
    const WaitEstimate open = estimator.forService(f.engine->state(), u"certificate"_s);
    CHECK(open.ahead == 12);
    CHECK(open.highMinutes < closed.highMinutes);

    const WaitEstimate third = estimator.forVisit(f.engine->state(), visits.at(2).id);
    CHECK(third.ahead == 2);
    REQUIRE(f.engine->callNext(2, u"test"_s));
    const WaitEstimate called = estimator.forVisit(f.engine->state(), visits.at(0).id);
    CHECK(called == WaitEstimate{0, 0, 0, true});
    CHECK(estimator.forVisit(f.engine->state(), visits.at(2).id).ahead == 1);
}

TEST_CASE("the mean service time follows finished services", "[estimate]")
{
    EngineFixture f;
    f.openAll();
    QueueLengthEstimator estimator(f.office, f.engine->state());
    QObject::connect(f.engine.get(), &QueueEngine::eventsCommitted,
                     [&](const QList<Event> &events) { estimator.observe(events, f.engine->state()); });
    CHECK(estimator.meanServiceMinutes(u"certificate"_s) == Approx(5));

    const auto serve = [&](int seconds) {
        f.issue({u"certificate"_s});
        REQUIRE(f.engine->callNext(3, u"test"_s));
        REQUIRE(f.engine->start(3, u"test"_s));
        f.clock.advance(qint64(seconds) * 1000);
        REQUIRE(f.engine->finish(3, {}, u"test"_s));
    };
    serve(30 * 60);
    CHECK(estimator.meanServiceMinutes(u"certificate"_s) == Approx(10)); // 5 + 0.2 × (30 − 5)
    serve(5);                                                            // finished at once: a slip, ignored
    CHECK(estimator.meanServiceMinutes(u"certificate"_s) == Approx(10));
    CHECK(estimator.meanServiceMinutes(u"tax"_s) == Approx(8));

    // A server that restarts learns the same from the day's state.
    const QueueLengthEstimator restarted(f.office, f.engine->state());
    CHECK(restarted.meanServiceMinutes(u"certificate"_s) == Approx(10));
}
