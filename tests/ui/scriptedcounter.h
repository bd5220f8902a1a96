// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter console's controller with a scripted client and event stream, logged in, and the
// office and counters the scripted console tests answer with.
#pragma once

#include "scriptedeventstream.h"
#include "scriptedofficeclient.h"

#include "common/clock.h"
#include "counter/countercontroller.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace Madoguchi::Test {

using namespace Qt::StringLiterals;

inline OfficeOverview office()
{
    OfficeOverview overview;
    overview.languages = {u"ja"_s, u"en"_s};
    overview.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    ServiceStatus moving;
    moving.code = u"moving"_s;
    moving.name = LocalizedText({{u"ja"_s, u"転入・転出"_s}, {u"en"_s, u"Moving"_s}});
    moving.waiting = 3;
    overview.services = {moving};
    return overview;
}

inline CounterActionResult atCounter(const QString &number, qint64 id, StepState state)
{
    Visit visit;
    visit.id = id;
    visit.number = number;
    Step step;
    step.id = id * 10;
    step.service = u"moving"_s;
    step.state = state;
    step.counter = 2;
    visit.steps = {step};
    CounterActionResult result;
    result.visit = visit;
    result.status = stepStateName(state);
    result.counterStatus = u"open"_s;
    return result;
}

inline CounterActionResult idle()
{
    CounterActionResult result;
    result.counterStatus = u"open"_s;
    return result;
}

struct ScriptedCounter {
    ScriptedOfficeClient client;
    ScriptedEventStream events;
    // Far from the server's time on purpose: only the minutes that pass here count.
    ManualClock clock{QDateTime(QDate(2031, 7, 1), QTime(3, 0), Qt::UTC)};
    CounterController console{client, events, clock, 2, u"en"_s};

    /// Answers the console's re-read: the calls for a clerk, the queues, then the counter.
    void answerReload(const CounterActionResult &counter, const QList<AssistanceCall> &calls = {})
    {
        REQUIRE(client.answer(u"assistance"_s, calls));
        REQUIRE(client.answer(u"overview"_s, office()));
        REQUIRE(client.answer(u"counter"_s, counter));
    }
    void logIn()
    {
        console.login(u"clerk1"_s, u"secret"_s);
        REQUIRE(client.answer(u"login"_s, StaffLogin{u"session-token"_s, u"clerk1"_s, u"clerk"_s, 2}));
        answerReload(idle());
        client.clearCalls();
    }
};

} // namespace Madoguchi::Test
