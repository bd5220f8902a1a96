// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "queue/statechange.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <thread>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

/// A store that refuses every commit, as a full disk would; everything else passes through.
class RefusingStore final : public QueueStore
{
public:
    explicit RefusingStore(QueueStore &inner)
        : m_inner(inner)
    {
    }
    StoreResult<QueueState> loadState() override { return m_inner.loadState(); }
    StoreResult<QList<Event>> commit(const QList<Event> &, const StateChange &) override
    {
        return StoreError{StoreErrorCode::WriteFailed, u"the disk is full"_s};
    }
    StoreResult<QList<Event>> events(qint64 afterId, int limit) const override { return m_inner.events(afterId, limit); }
    StoreResult<qint64> latestEventId() const override { return m_inner.latestEventId(); }

private:
    QueueStore &m_inner;
};

} // namespace

TEST_CASE("counters open, pause and close only from the right state", "[engine][counter]")
{
    EngineFixture f;
    const auto closed = f.engine->callNext(1, u"c1"_s);
    CHECK(closed.error().code == QueueErrorCode::CounterNotOpen);
    CHECK(closed.error().message == u"Counter 1 is closed; open it before calling."_s);
    CHECK(f.engine->pauseCounter(1, u"c1"_s).error().message == u"Counter 1 is closed."_s);
    REQUIRE(f.engine->openCounter(1, u"c1"_s).ok());
    CHECK(f.engine->openCounter(1, u"c1"_s).error().message == u"Counter 1 is already open."_s);
    CHECK(f.engine->openCounter(77, u"c1"_s).error().code == QueueErrorCode::UnknownCounter);

    f.issue({u"moving"_s});
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    const auto busyPause = f.engine->pauseCounter(1, u"c1"_s);
    CHECK(busyPause.error().code == QueueErrorCode::CounterBusy);
    const auto busyCall = f.engine->callNext(1, u"c1"_s);
    CHECK(busyCall.error().message == u"Counter 1 is still attending to A-001; finish, transfer or park that visit first."_s);
    REQUIRE(f.engine->finish(1, {}, u"c1"_s).ok());

    const auto paused = f.engine->pauseCounter(1, u"c1"_s);
    REQUIRE(paused.ok());
    CHECK(paused->status == CounterStatus::Paused);
    CHECK(f.engine->callNext(1, u"c1"_s).error().message == u"Counter 1 is paused; resume it before calling."_s);
    CHECK(f.engine->pauseCounter(1, u"c1"_s).error().message == u"Counter 1 is already paused."_s);
    REQUIRE(f.engine->openCounter(1, u"c1"_s).ok());
    REQUIRE(f.engine->closeCounter(1, u"c1"_s).ok());
    CHECK(f.engine->state().counter(1).status == CounterStatus::Closed);
}

TEST_CASE("issuing checks the request and the opening hours", "[engine][issue]")
{
    EngineFixture f(testOffice(), tokyo(2026, 11, 24, 9, 0));
    struct Case {
        IssueRequest request;
        QueueErrorCode code;
        QString message;
    };
    const auto request = [](QStringList services, QString language = {}) {
        return IssueRequest{
            std::move(services), std::move(language), PriorityClass::Regular, {}, std::nullopt, IssueChannel::Kiosk, {}, {}};
    };
    IssueRequest badAppointment = request({u"moving"_s});
    badAppointment.appointment = Appointment{{}, QDateTime()};
    const Case cases[] = {
        {request({}), QueueErrorCode::InvalidRequest, u"Choose between one and ten services."_s},
        {request({u"passport"_s}), QueueErrorCode::UnknownService, u"There is no service 'passport' at this office."_s},
        {request({u"moving"_s, u"moving"_s}), QueueErrorCode::InvalidRequest, u"住民異動 is asked for twice."_s},
        {request({u"moving"_s}, u"fr"_s), QueueErrorCode::InvalidRequest, u"The language 'fr' is not offered at this office."_s},
        {badAppointment, QueueErrorCode::InvalidRequest, u"An appointment needs its code and its time."_s},
    };
    for (const Case &c : cases) {
        const auto result = f.engine->issue(c.request, u"kiosk"_s);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == c.code);
        CHECK(result.error().message == c.message);
    }
    CHECK(f.engine->state().visits.empty());

    // After closing time a kiosk cannot issue; staff can.
    f.clock.set(tokyo(2026, 11, 24, 17, 15));
    const auto late = f.engine->issue(request({u"moving"_s}), u"kiosk"_s);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == QueueErrorCode::OfficeClosed);
    CHECK(late.error().message == u"The office is closed now. It opens again on 2026-11-25 at 08:30."_s);
    IssueRequest staff = request({u"moving"_s}, u"en"_s);
    staff.channel = IssueChannel::Staff;
    const auto byStaff = f.engine->issue(staff, u"staff:sato"_s);
    REQUIRE(byStaff.ok());
    CHECK(byStaff->language == u"en"_s);
}

TEST_CASE("closing the day cancels open visits and closes counters, never while serving", "[engine][day]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s});
    f.issue({u"certificate"_s});
    f.issue({u"tax"_s});
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    REQUIRE(f.engine->start(1, u"c1"_s).ok());
    REQUIRE(f.engine->callNext(3, u"c3"_s).ok());
    const auto refused = f.engine->closeDay(u"supervisor"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == u"Counter 1 is still attending to A-001; finish, transfer or park that visit first."_s);

    REQUIRE(f.engine->finish(1, {}, u"c1"_s).ok());
    const auto closed = f.engine->closeDay(u"supervisor"_s);
    REQUIRE(closed.ok());
    CHECK(closed.value() == 2);
    const QueueState state = f.engine->state();
    CHECK_FALSE(state.hasOpenVisits());
    for (const auto &[number, counter] : state.counters)
        CHECK(counter.status == CounterStatus::Closed);
    CHECK(state.visit(2)->steps.at(0).outcome == u"day-closed"_s);
}

TEST_CASE("an operation the store cannot make durable changes nothing and says so", "[engine][store]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s});
    RefusingStore refusing(*f.store);
    QueueEngine engine(f.office, refusing, f.clock);
    const QueueState before = engine.state();
    const auto issued =
        engine.issue(IssueRequest{{u"moving"_s}, {}, PriorityClass::Regular, {}, std::nullopt, IssueChannel::Staff, {}, {}}, u"kiosk"_s);
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().code == QueueErrorCode::StorageFailure);
    CHECK(issued.error().message == u"The change could not be saved, so nothing was changed: the disk is full"_s);
    CHECK(engine.callNext(1, u"c1"_s).error().code == QueueErrorCode::StorageFailure);
    CHECK(engine.state() == before);
}

TEST_CASE("events are signalled after they are durable, with their ids", "[engine]")
{
    EngineFixture f;
    QList<Event> seen;
    QObject::connect(f.engine.get(), &QueueEngine::eventsCommitted, [&](const QList<Event> &events) { seen += events; });
    f.openAll();
    f.issue({u"moving"_s});
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    const auto stored = f.store->events(0, 100);
    REQUIRE(stored.ok());
    CHECK(seen == stored.value());
    REQUIRE(seen.size() == 7);
    CHECK(seen.at(5).type == EventType::VisitIssued);
    CHECK(seen.at(6).type == EventType::StepCalled);
    CHECK(seen.at(6).actor == u"c1"_s);
    CHECK(seen.at(6).data.value(u"reason"_s).toObject().value(u"code"_s).toString() == u"arrival"_s);
}

TEST_CASE("ten counters calling at the same moment never call one visitor twice", "[engine][concurrency]")
{
    OfficeConfig office = testOffice();
    office.counters.clear();
    for (int number = 1; number <= 10; ++number)
        office.counters.append(CounterConfig{number, {}, {u"certificate"_s}, {}, std::nullopt});
    EngineFixture f(office);
    f.openAll();
    for (int i = 0; i < 200; ++i)
        f.issue({u"certificate"_s});

    std::vector<QStringList> calledBy(10);
    std::vector<std::thread> threads;
    for (int counter = 1; counter <= 10; ++counter) {
        threads.emplace_back([&, counter] {
            for (;;) {
                auto called = f.engine->callNext(counter, u"c"_s);
                if (!called.ok())
                    return;
                calledBy[size_t(counter - 1)].append(called->visit.number);
                if (!f.engine->finish(counter, {}, u"c"_s).ok())
                    return;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QSet<QString> all;
    qsizetype total = 0;
    for (const QStringList &numbers : calledBy) {
        total += numbers.size();
        for (const QString &n : numbers)
            all.insert(n);
    }
    CHECK(total == 200);
    CHECK(all.size() == 200);
    CHECK_FALSE(f.engine->state().hasOpenVisits());
}
