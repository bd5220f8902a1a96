// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter console's controller against a scripted client and event stream, without a server:
// the session, the order of its reads, the reason a visitor was called, refusals, a burst of events
// and the calls for a clerk (test_counter runs the console against the real server process).
#include "scriptedcounter.h"

#include "counter/counteractions.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Scripted console: a login opens the session, follows the events and reads the counter", "[counter][scripted]")
{
    ScriptedCounter rig;
    CHECK(rig.client.language() == u"en"_s); // refusals and reasons come in the clerk's language
    QSignalSpy settled(&rig.console, &CounterController::settled);

    rig.console.login(u"clerk1"_s, u"wrong"_s);
    CHECK(rig.console.busy());
    CHECK(rig.client.lastArguments(u"login"_s).value(u"counter"_s).toInt() == 2);
    REQUIRE(rig.client.fail<StaffLogin>(u"login"_s, {ClientErrorCode::Unauthorized, u"Wrong login or password."_s}));
    CHECK_FALSE(rig.console.loggedIn());
    CHECK(rig.console.message() == u"Wrong login or password."_s);
    CHECK(settled.size() == 1);
    CHECK_FALSE(rig.events.running());

    rig.console.login(u"clerk1"_s, u"secret"_s);
    REQUIRE(rig.client.answer(u"login"_s, StaffLogin{u"session-token"_s, u"clerk1"_s, u"clerk"_s, 2}));
    CHECK(rig.console.loggedIn());
    CHECK(rig.console.staff() == u"clerk1"_s);
    CHECK(rig.events.running());
    CHECK(rig.events.token() == u"session-token"_s);
    CHECK(settled.size() == 1); // not before the counter has been read
    rig.answerReload(idle(), {AssistanceCall{4, u"kiosk-1"_s, u"vi"_s, QDateTime(QDate(2026, 12, 2), QTime(0, 5), Qt::UTC)}});
    CHECK(settled.size() == 2);
    CHECK(rig.console.counterStatus() == u"open"_s);
    REQUIRE(rig.console.queues().size() == 1);
    CHECK(rig.console.queues().at(0).toMap().value(u"name"_s).toString() == u"Moving"_s);
    REQUIRE(rig.console.assistance().size() == 1);
    CHECK(rig.console.assistance().at(0).toMap().value(u"since"_s).toString() == u"09:05"_s); // the office's time

    rig.console.logout();
    CHECK_FALSE(rig.console.loggedIn());
    CHECK_FALSE(rig.events.running());
    CHECK(rig.client.pending(u"logout"_s) == 1);
}

TEST_CASE("Scripted console: an action is sent by its API name, and the reason stays with the visit it was given for",
          "[counter][scripted]")
{
    ScriptedCounter rig;
    rig.console.act(CounterAction::CallNext);
    CHECK(rig.client.calls().isEmpty()); // not logged in
    rig.logIn();

    rig.console.act(CounterAction::CallNext);
    REQUIRE(rig.client.pending(u"counter-action"_s) == 1);
    CHECK(rig.client.lastArguments(u"counter-action"_s) == QJsonObject{{u"counter"_s, 2}, {u"action"_s, u"call-next"_s}});
    CHECK(rig.console.busy());
    rig.console.act(CounterAction::Recall); // one action at a time
    CHECK(rig.client.pending(u"counter-action"_s) == 1);

    CounterActionResult called = atCounter(u"A-003"_s, 3, StepState::Called);
    called.reasonCode = u"priority"_s;
    called.reasonText = u"Priority visitor."_s;
    REQUIRE(rig.client.answer(u"counter-action"_s, called));
    CHECK_FALSE(rig.console.busy());
    rig.answerReload(atCounter(u"A-003"_s, 3, StepState::Called));
    CHECK(rig.console.visitNumber() == u"A-003"_s);
    CHECK(rig.console.visitStatus() == u"called"_s);
    CHECK(rig.console.reason() == u"Priority visitor."_s);
    REQUIRE(rig.console.visitSteps().size() == 1);
    CHECK(rig.console.visitSteps().at(0).toMap().value(u"service"_s).toString() == u"Moving"_s);

    rig.console.act(CounterAction::Finish, {{u"outcome"_s, u"done"_s}});
    CHECK(rig.client.lastArguments(u"counter-action"_s).value(u"outcome"_s).toString() == u"done"_s);
    REQUIRE(rig.client.answer(u"counter-action"_s, idle()));
    rig.answerReload(atCounter(u"A-004"_s, 4, StepState::Called)); // another clerk's call reached this counter
    CHECK(rig.console.reason().isEmpty());
}

TEST_CASE("Scripted console: a refusal is shown and the counter is re-read anyway", "[counter][scripted]")
{
    ScriptedCounter rig;
    rig.logIn();
    QSignalSpy settled(&rig.console, &CounterController::settled);
    rig.console.act(CounterAction::Start);
    REQUIRE(rig.client.fail<CounterActionResult>(u"counter-action"_s, {ClientErrorCode::Conflict, u"Nobody has been called."_s}));
    CHECK(rig.console.message() == u"Nobody has been called."_s);
    CHECK(rig.client.pending(u"assistance"_s) == 1);
    REQUIRE(rig.client.answer(u"assistance"_s, QList<AssistanceCall>{}));
    REQUIRE(rig.client.answer(u"overview"_s, office()));
    REQUIRE(rig.client.fail<CounterActionResult>(u"counter"_s, {ClientErrorCode::Unreachable, u"The office server cannot be reached."_s}));
    CHECK(rig.console.message() == u"The office server cannot be reached."_s);
    CHECK(settled.size() == 1);
}

TEST_CASE("Scripted console: a burst of events is one re-read, and a reconnection or a gap re-reads too", "[counter][scripted]")
{
    ScriptedCounter rig;
    rig.logIn();
    QSignalSpy called(&rig.client, &ScriptedOfficeClient::called);
    for (int i = 0; i < 5; ++i)
        Q_EMIT rig.events.eventsReceived({ClientEvent{}}, false);
    CHECK(rig.client.calls().isEmpty()); // coalesced: read once after the burst
    REQUIRE(called.wait(5000));
    CHECK(rig.client.callNames() == QStringList{u"assistance"_s, u"overview"_s});
    rig.answerReload(idle());
    rig.client.clearCalls();

    rig.events.setConnected(true);
    CHECK(rig.client.callNames() == QStringList{u"assistance"_s, u"overview"_s});
    rig.answerReload(idle());
    rig.client.clearCalls();
    Q_EMIT rig.events.resyncNeeded();
    CHECK(rig.client.callNames() == QStringList{u"assistance"_s, u"overview"_s});
}

TEST_CASE("Scripted console: the calls for a clerk follow the stream, and answering one sends its id", "[counter][scripted][assistance]")
{
    ScriptedCounter rig;
    rig.logIn();
    QSignalSpy changed(&rig.console, &CounterController::assistanceChanged);
    const QList<AssistanceCall> calls{AssistanceCall{7, u"kiosk-2"_s, u"ne"_s, QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC)}};
    Q_EMIT rig.events.assistanceReceived(calls);
    Q_EMIT rig.events.assistanceReceived(calls); // the same list again changes nothing
    CHECK(changed.size() == 1);
    REQUIRE(rig.console.assistance().size() == 1);
    CHECK(rig.console.assistance().at(0).toMap().value(u"kiosk"_s).toString() == u"kiosk-2"_s);

    rig.console.answerCall(7);
    CHECK(rig.client.lastArguments(u"answer-call"_s).value(u"id"_s).toInteger() == 7);
    REQUIRE(rig.client.answer(u"answer-call"_s, QList<AssistanceCall>{}));
    CHECK(rig.console.assistance().isEmpty());
}

TEST_CASE("Scripted console: a session the server no longer knows returns the console to its login", "[counter][scripted]")
{
    ScriptedCounter rig;
    rig.logIn();
    REQUIRE(rig.events.running());
    rig.console.act(CounterAction::CallNext);
    const ClientError ended{ClientErrorCode::Unauthorized, u"The session has ended; please log in again."_s, Api::ErrorCode::SessionEnded};
    REQUIRE(rig.client.fail<CounterActionResult>(u"counter-action"_s, ended));
    CHECK_FALSE(rig.console.loggedIn());
    CHECK_FALSE(rig.events.running());
    CHECK(rig.console.message() == ended.message);
    CHECK(rig.client.pending(u"counter"_s) == 0); // nothing re-read without a session
}

TEST_CASE("The console offers one main action per state and says why the others cannot be taken", "[counter]")
{
    using Api::CounterAction;
    struct Row {
        QString counterStatus;
        QString visitStatus;
        CounterPhase phase;
        CounterAction main;
        QList<CounterAction> available;
    };
    const QList<Row> rows{
        {u"closed"_s, QString(), CounterPhase::Closed, CounterAction::Open, {CounterAction::Open}},
        {u"paused"_s, QString(), CounterPhase::Paused, CounterAction::Open, {CounterAction::Open, CounterAction::Close}},
        {u"open"_s,
         QString(),
         CounterPhase::Idle,
         CounterAction::CallNext,
         {CounterAction::CallNext, CounterAction::Call, CounterAction::Unpark, CounterAction::Pause, CounterAction::Close}},
        {u"open"_s,
         u"called"_s,
         CounterPhase::Called,
         CounterAction::Start,
         {CounterAction::Recall, CounterAction::Start, CounterAction::NoShow, CounterAction::Park, CounterAction::Transfer,
          CounterAction::Close}},
        {u"open"_s,
         u"serving"_s,
         CounterPhase::Serving,
         CounterAction::Finish,
         {CounterAction::Finish, CounterAction::Park, CounterAction::Transfer, CounterAction::Close}},
    };
    for (const Row &row : rows) {
        INFO(row.counterStatus.toStdString() << " " << row.visitStatus.toStdString());
        const CounterPhase phase = counterPhase(row.counterStatus, row.visitStatus);
        CHECK(phase == row.phase);
        CHECK(mainAction(phase) == row.main);
        CHECK(row.available.contains(row.main)); // the main action is never a disabled one
        for (qsizetype value = 0; value < Api::counterActionNames().size(); ++value) {
            const auto action = CounterAction(value);
            INFO(Api::counterActionNames().at(value).toStdString());
            CHECK(whyUnavailable(action, phase).isEmpty() == row.available.contains(action));
        }
    }
    CHECK(whyUnavailable(CounterAction::CallNext, CounterPhase::Closed).contains(u"F9"_s)); // says what to do instead
    CHECK(whyUnavailable(CounterAction::Finish, CounterPhase::Called).contains(u"F3"_s));
}

TEST_CASE("Scripted console: the queues say how long the longest-waiting visitor has waited, what is parked, how crowded",
          "[counter][scripted]")
{
    ScriptedCounter rig;
    rig.console.login(u"clerk1"_s, u"secret"_s);
    REQUIRE(rig.client.answer(u"login"_s, StaffLogin{u"session-token"_s, u"clerk1"_s, u"clerk"_s, 2}));
    REQUIRE(rig.client.answer(u"assistance"_s, QList<AssistanceCall>{}));
    OfficeOverview busy = office();
    busy.services[0].prefix = u"A"_s;
    busy.services[0].longestWaitSeconds = 12 * 60 + 30; // by the server's clock, whatever this machine's says
    busy.services[0].parked = {u"A-003"_s, u"A-007"_s};
    busy.services[0].congestion = u"high"_s;
    ServiceStatus calm;
    calm.code = u"tax"_s;
    calm.name = LocalizedText({{u"ja"_s, u"税証明"_s}, {u"en"_s, u"Tax"_s}});
    busy.services.append(calm);
    REQUIRE(rig.client.answer(u"overview"_s, busy));
    REQUIRE(rig.client.answer(u"counter"_s, idle()));

    const QVariantList queues = rig.console.queues();
    REQUIRE(queues.size() == 2);
    const QVariantMap moving = queues.at(0).toMap();
    CHECK(moving.value(u"prefix"_s).toString() == u"A"_s);
    CHECK(moving.value(u"longestWait"_s).toInt() == 12);
    CHECK(moving.value(u"parked"_s).toStringList() == QStringList{u"A-003"_s, u"A-007"_s});
    CHECK(moving.value(u"level"_s).toInt() == 2);
    const QVariantMap tax = queues.at(1).toMap();
    CHECK(tax.value(u"longestWait"_s).toInt() == -1); // nobody waits
    CHECK(tax.value(u"parked"_s).toStringList().isEmpty());
    CHECK(tax.value(u"level"_s).toInt() == 0);

    // Between two reads the console counts on by its own clock.
    rig.clock.advance(3 * 60 * 1000);
    CHECK(rig.console.queues().at(0).toMap().value(u"longestWait"_s).toInt() == 15);
    CHECK(rig.console.queues().at(1).toMap().value(u"longestWait"_s).toInt() == -1);
    rig.clock.set(QDateTime(QDate(2031, 6, 30), QTime(3, 0), Qt::UTC)); // set back: never less than the server said
    CHECK(rig.console.queues().at(0).toMap().value(u"longestWait"_s).toInt() == 12);
}
