// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Model-based test: thousands of random operations from several counters, each checked against a
// small reference model of the queue's rules, with invariants after every step and a replay of
// the event log at the end.
#include "testoffice.h"

#include "queue/statechange.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <tuple>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct ModelStep {
    StepId id;
    QString service;
    int target = 0;
    StepState state = StepState::Pending;
    int counter = 0;
};

struct ModelVisit {
    QString number;
    QList<ModelStep> steps;
    ModelStep *current()
    {
        for (ModelStep &s : steps) {
            if (!isTerminal(s.state))
                return &s;
        }
        return nullptr;
    }
};

/// The reference model: the rules of docs/queue-engine.md written as plainly as possible.
class Model
{
public:
    explicit Model(const OfficeConfig &office)
        : m_office(office)
    {
    }

    std::map<VisitId, ModelVisit> visits;
    std::map<int, CounterStatus> counters;

    CounterStatus status(int counter) const { return counters.count(counter) ? counters.at(counter) : CounterStatus::Closed; }

    ModelStep *held(int counter)
    {
        for (auto &[id, v] : visits) {
            ModelStep *s = v.current();
            if (s && isAtCounter(s->state) && s->counter == counter)
                return s;
        }
        return nullptr;
    }

    ModelVisit *byNumber(const QString &number)
    {
        for (auto &[id, v] : visits) {
            if (v.number == number && v.current())
                return &v;
        }
        return nullptr;
    }

    bool serves(int counter, const ModelStep &s) const
    {
        const CounterConfig *c = m_office.counter(counter);
        if (s.target != 0)
            return s.target == counter;
        return c->services.contains(s.service) || c->fallback.contains(s.service);
    }

    bool anyEligible(int counter)
    {
        for (auto &[id, v] : visits) {
            ModelStep *s = v.current();
            if (s && s->state == StepState::Waiting && serves(counter, *s))
                return true;
        }
        return false;
    }

    void endRest(ModelVisit &v, StepState state = StepState::Cancelled)
    {
        for (ModelStep &s : v.steps) {
            if (!isTerminal(s.state)) {
                s.state = state;
                s.counter = 0;
            }
        }
    }

    void queueNext(ModelVisit &v)
    {
        for (ModelStep &s : v.steps) {
            if (s.state == StepState::Pending) {
                s.state = StepState::Waiting;
                return;
            }
        }
    }

private:
    const OfficeConfig &m_office;
};

/// Random operations against the engine, each checked against the model.
class Driver
{
public:
    Driver(EngineFixture &fixture, quint32 seed)
        : f(fixture)
        , model(fixture.office)
        , random(seed)
    {
    }

    void step()
    {
        const int dice = pick(0, 999);
        const int counter = pick(1, int(f.office.counters.size()));
        if (dice < 200)
            issue();
        else if (dice < 400)
            callNext(counter);
        else if (dice < 500)
            expect(f.engine->start(counter, actor(counter)), onHeld(counter, StepState::Called, StepState::Serving));
        else if (dice < 620)
            finish(counter);
        else if (dice < 650)
            expect(f.engine->recall(counter, actor(counter)), onHeld(counter, StepState::Called, StepState::Called));
        else if (dice < 690)
            noShow(counter);
        else if (dice < 740)
            transfer(counter);
        else if (dice < 780)
            park(counter);
        else if (dice < 820)
            unpark();
        else if (dice < 860)
            callSpecific(counter);
        else if (dice < 890)
            cancel();
        else if (dice < 950)
            setStatus(counter, CounterStatus(pick(0, 2)));
        else if (dice < 998)
            f.clock.advance(pick(0, 20 * 60'000));
        else
            closeDay();
        checkInvariants();
    }

    void finishDay()
    {
        for (const CounterConfig &c : f.office.counters) {
            if (ModelStep *s = model.held(c.number); s && s->state == StepState::Serving)
                finish(c.number);
        }
        closeDay();
        CHECK_FALSE(f.engine->state().hasOpenVisits());
    }

    /// Every step that was ever created, with the number of terminal events it got.
    void checkEventLog()
    {
        const auto events = f.store->events(0, 10'000'000);
        REQUIRE(events.ok());
        std::map<StepId, int> terminal;
        for (const auto &[id, v] : model.visits) {
            for (const ModelStep &s : v.steps)
                terminal[s.id] = 0;
        }
        qint64 lastId = 0;
        for (const Event &e : events.value()) {
            CHECK(e.id > lastId);
            lastId = e.id;
            if (e.type == EventType::StepFinished || e.type == EventType::StepNoShow || e.type == EventType::StepTransferred
                || e.type == EventType::StepCancelled)
                ++terminal[e.step];
        }
        for (const auto &[step, count] : terminal) {
            INFO("step " << step);
            CHECK(count == 1);
        }
        CHECK(terminal.size() == stepsCreated);

        // Replaying the log from nothing rebuilds the engine's state and the stored state.
        QueueState replayed;
        for (const Event &e : events.value()) {
            StateChange change(replayed);
            change.apply(e);
            change.mergeInto(replayed);
        }
        CHECK(replayed == f.engine->state());
        CHECK(f.store->loadState().value() == replayed);
    }

    int operations = 0;
    size_t stepsCreated = 0;

private:
    int pick(int low, int high) { return std::uniform_int_distribution<>(low, high)(random); }
    static QString actor(int counter) { return u"counter:%1"_s.arg(counter); }

    template<typename T>
    void expect(const QueueResult<T> &result, std::optional<QueueErrorCode> expectedError)
    {
        ++operations;
        INFO("operation " << operations << ": " << (result.ok() ? std::string("ok") : result.error().message.toStdString()));
        REQUIRE(result.ok() == !expectedError.has_value());
        if (expectedError)
            CHECK(result.error().code == *expectedError);
    }

    /// The error an operation on the counter's held step must give, applying the change when none.
    std::optional<QueueErrorCode> onHeld(int counter, StepState required, StepState next)
    {
        ModelStep *s = model.held(counter);
        if (!s)
            return QueueErrorCode::CounterIdle;
        if (s->state != required)
            return QueueErrorCode::WrongState;
        s->state = next;
        return std::nullopt;
    }

    std::optional<QueueErrorCode> readyToCall(int counter)
    {
        if (model.status(counter) != CounterStatus::Open)
            return QueueErrorCode::CounterNotOpen;
        if (model.held(counter))
            return QueueErrorCode::CounterBusy;
        return std::nullopt;
    }

    void issue()
    {
        QStringList services;
        const int count = pick(1, 3);
        for (const ServiceConfig &s : f.office.services) {
            if (services.size() < count && pick(0, 1))
                services.append(s.code);
        }
        if (services.isEmpty())
            services.append(f.office.services.at(pick(0, 2)).code);
        const auto result = f.engine->issue(
            IssueRequest{services, {}, PriorityClass(pick(0, 1)), {}, std::nullopt, IssueChannel::Staff, {}, {}}, u"kiosk"_s);
        expect(result, std::nullopt);
        const Visit &v = result.value();
        CHECK(numbers.insert({v.day, v.prefix, v.round, v.sequence}).second);
        CHECK(model.byNumber(v.number) == nullptr);
        ModelVisit mv{v.number, {}};
        for (const Step &s : v.steps)
            mv.steps.append({s.id, s.service, 0, mv.steps.isEmpty() ? StepState::Waiting : StepState::Pending, 0});
        stepsCreated += size_t(v.steps.size());
        model.visits.emplace(v.id, mv);
    }

    void callNext(int counter)
    {
        std::optional<QueueErrorCode> error = readyToCall(counter);
        if (!error && !model.anyEligible(counter))
            error = QueueErrorCode::NoneWaiting;
        const auto result = f.engine->callNext(counter, actor(counter));
        expect(result, error);
        if (result.ok()) {
            ModelStep *s = model.visits.at(result->visit.id).current();
            REQUIRE(s);
            CHECK(s->id == result->step);
            CHECK(s->state == StepState::Waiting);
            CHECK(model.serves(counter, *s));
            s->state = StepState::Called;
            s->counter = counter;
        }
    }

    void callSpecific(int counter)
    {
        ModelVisit *v = randomOpenVisit();
        const QString number = v ? v->number : u"Z-999"_s;
        std::optional<QueueErrorCode> error = readyToCall(counter);
        if (!error && !v)
            error = QueueErrorCode::UnknownVisit;
        if (!error && v->current()->state != StepState::Waiting)
            error = QueueErrorCode::WrongState;
        if (!error && !model.serves(counter, *v->current()))
            error = QueueErrorCode::NotServedHere;
        expect(f.engine->callSpecific(counter, number, actor(counter)), error);
        if (!error) {
            v->current()->state = StepState::Called;
            v->current()->counter = counter;
        }
    }

    void finish(int counter)
    {
        ModelStep *s = model.held(counter);
        expect(f.engine->finish(counter, {}, actor(counter)), s ? std::nullopt : std::optional(QueueErrorCode::CounterIdle));
        if (s) {
            s->state = StepState::Done;
            s->counter = 0;
            model.queueNext(visitOf(*s));
        }
    }

    void noShow(int counter)
    {
        ModelStep *s = model.held(counter);
        std::optional<QueueErrorCode> error;
        if (!s)
            error = QueueErrorCode::CounterIdle;
        else if (s->state != StepState::Called)
            error = QueueErrorCode::WrongState;
        expect(f.engine->noShow(counter, actor(counter)), error);
        if (!error) {
            s->state = StepState::NoShow;
            s->counter = 0;
            model.endRest(visitOf(*s));
        }
    }

    void transfer(int counter)
    {
        ModelStep *s = model.held(counter);
        const QString service = pick(0, 2) ? f.office.services.at(pick(0, 2)).code : QString();
        const int target = pick(0, 2) == 0 ? pick(1, int(f.office.counters.size())) : 0;
        std::optional<QueueErrorCode> error;
        if (!s)
            error = QueueErrorCode::CounterIdle;
        else if (target == counter && (service.isEmpty() || service == s->service))
            error = QueueErrorCode::InvalidRequest;
        const auto result = f.engine->transfer(counter, TransferTarget{service, target, pick(0, 1) == 1}, actor(counter));
        expect(result, error);
        if (!error) {
            ModelVisit &v = visitOf(*s);
            const qsizetype index = std::distance(
                v.steps.begin(), std::find_if(v.steps.begin(), v.steps.end(), [&](const ModelStep &m) { return m.id == s->id; }));
            const QString from = s->service;
            s->state = StepState::Transferred;
            s->counter = 0;
            const Step &added = result->steps.at(index + 1);
            CHECK(added.service == (service.isEmpty() ? from : service));
            CHECK(added.targetCounter == target);
            v.steps.insert(index + 1, ModelStep{added.id, added.service, target, StepState::Waiting, 0});
            ++stepsCreated;
        }
    }

    void park(int counter)
    {
        ModelStep *s = model.held(counter);
        expect(f.engine->park(counter, actor(counter)), s ? std::nullopt : std::optional(QueueErrorCode::CounterIdle));
        if (s) {
            s->state = StepState::Parked;
            s->counter = 0;
        }
    }

    void unpark()
    {
        ModelVisit *v = randomOpenVisit(true);
        if (!v)
            return;
        const int counter = pick(0, 1) ? 0 : pick(1, int(f.office.counters.size()));
        std::optional<QueueErrorCode> error;
        if (v->current()->state != StepState::Parked)
            error = QueueErrorCode::WrongState;
        else if (counter != 0)
            error = readyToCall(counter);
        expect(f.engine->unpark(v->number, counter, u"clerk"_s), error);
        if (!error) {
            v->current()->state = counter ? StepState::Called : StepState::Waiting;
            v->current()->counter = counter;
        }
    }

    void cancel()
    {
        ModelVisit *v = randomOpenVisit();
        if (!v)
            return;
        const bool serving = v->current()->state == StepState::Serving;
        expect(f.engine->cancel(v->number, u"clerk"_s), serving ? std::optional(QueueErrorCode::WrongState) : std::nullopt);
        if (!serving)
            model.endRest(*v);
    }

    void setStatus(int counter, CounterStatus status)
    {
        const CounterStatus current = model.status(counter);
        std::optional<QueueErrorCode> error;
        if (current == status || (status == CounterStatus::Paused && current != CounterStatus::Open))
            error = QueueErrorCode::WrongState;
        else if (status != CounterStatus::Open && model.held(counter))
            error = QueueErrorCode::CounterBusy;
        const auto result = status == CounterStatus::Open ? f.engine->openCounter(counter, actor(counter))
            : status == CounterStatus::Paused             ? f.engine->pauseCounter(counter, actor(counter))
                                                          : f.engine->closeCounter(counter, actor(counter));
        expect(result, error);
        if (!error)
            model.counters[counter] = status;
    }

    void closeDay()
    {
        bool serving = false;
        for (auto &[id, v] : model.visits)
            serving = serving || (v.current() && v.current()->state == StepState::Serving);
        expect(f.engine->closeDay(u"supervisor"_s), serving ? std::optional(QueueErrorCode::CounterBusy) : std::nullopt);
        if (serving)
            return;
        for (auto &[id, v] : model.visits)
            model.endRest(v);
        for (auto &[number, status] : model.counters)
            status = CounterStatus::Closed;
    }

    ModelVisit *randomOpenVisit(bool parkedOnly = false)
    {
        std::vector<ModelVisit *> open;
        for (auto &[id, v] : model.visits) {
            if (v.current() && (!parkedOnly || v.current()->state == StepState::Parked || pick(0, 9) == 0))
                open.push_back(&v);
        }
        return open.empty() ? nullptr : open.at(size_t(pick(0, int(open.size()) - 1)));
    }

    ModelVisit &visitOf(const ModelStep &step)
    {
        for (auto &[id, v] : model.visits) {
            for (const ModelStep &s : v.steps) {
                if (s.id == step.id)
                    return v;
            }
        }
        FAIL("step not in model");
        return model.visits.begin()->second;
    }

    /// Checks the engine's state against the invariants and the model; one assertion per step,
    /// naming every problem found.
    void checkInvariants()
    {
        const QueueState state = f.engine->state();
        QStringList problems;
        std::map<int, int> heldBy;
        std::set<QString> openNumbers;
        for (const auto &[id, visit] : state.visits) {
            int active = 0;
            for (const Step &s : visit.steps) {
                if (!isTerminal(s.state) && s.state != StepState::Pending)
                    ++active;
                if (isAtCounter(s.state) && s.counter == 0)
                    problems.append(u"step %1 is at no counter"_s.arg(s.id));
                if (isAtCounter(s.state))
                    ++heldBy[s.counter];
            }
            if (active > 1)
                problems.append(u"%1 has %2 active steps"_s.arg(visit.number).arg(active));
            if (visit.isOpen() && !openNumbers.insert(visit.number).second)
                problems.append(u"two open visits show %1"_s.arg(visit.number));
            const auto modelled = model.visits.find(id);
            if (modelled == model.visits.end() || modelled->second.steps.size() != visit.steps.size()) {
                problems.append(u"%1 differs from the model in its steps"_s.arg(visit.number));
                continue;
            }
            for (qsizetype i = 0; i < visit.steps.size(); ++i) {
                const Step &s = visit.steps.at(i);
                const ModelStep &m = modelled->second.steps.at(i);
                // Terminal steps keep the counter that last held them, for the record.
                if (s.id != m.id || s.state != m.state || (!isTerminal(s.state) && s.counter != m.counter))
                    problems.append(u"%1 step %2: engine %3@%4, model %5@%6"_s.arg(visit.number)
                                        .arg(s.id)
                                        .arg(stepStateName(s.state))
                                        .arg(s.counter)
                                        .arg(stepStateName(m.state))
                                        .arg(m.counter));
            }
        }
        for (const auto &[counter, count] : heldBy) {
            if (count > 1)
                problems.append(u"counter %1 holds %2 steps"_s.arg(counter).arg(count));
        }
        for (auto &[id, v] : model.visits) {
            if (v.current() && !state.visit(id))
                problems.append(u"open visit %1 is missing"_s.arg(v.number));
        }
        INFO("after operation " << operations);
        CHECK(problems.join(u"; "_s) == QString());
    }

    EngineFixture &f;
    Model model;
    std::mt19937 random;
    std::set<std::tuple<QDate, QString, int, int>> numbers;
};

} // namespace

TEST_CASE("random operations from several counters follow the reference model", "[model]")
{
    const quint32 seed = GENERATE(1u, 2u, 3u);
    // The model checks logic, not durability (the crash test does): keep the file in memory-backed
    // storage where there is one, so thousands of fsyncs cost nothing.
    EngineFixture f(testOffice(), tokyo(2026, 11, 24, 9, 0), u"/dev/shm"_s);
    Driver driver(f, seed);
    INFO("seed " << seed);
    for (int i = 0; i < 4000; ++i)
        driver.step();
    driver.finishDay();
    CHECK(driver.operations > 3000);
    driver.checkEventLog();
}
