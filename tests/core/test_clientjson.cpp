// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The client library's reading of API v1 answers: what it promises is typed, anything else is refused.
#include "client/clienttypes.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

TEST_CASE("answers that are not what API v1 describes are refused, not half-read", "[client]")
{
    CHECK_FALSE(ClientJson::ticket({}));
    CHECK_FALSE(ClientJson::ticket({{u"number"_s, u"B-0001"_s}})); // no token
    CHECK_FALSE(ClientJson::overview({{u"services"_s, QJsonArray()}}));
    CHECK_FALSE(ClientJson::board({{u"calling"_s, u"none"_s}}));
    CHECK_FALSE(ClientJson::counterAction({}));
    CHECK_FALSE(ClientJson::counterAction({{u"visit"_s, QJsonObject{{u"steps"_s, QJsonArray{u"x"_s}}}}}));
    CHECK_FALSE(ClientJson::event({{u"id"_s, 3}}));
    CHECK_FALSE(ClientJson::staffLogin({{u"login"_s, u"x"_s}}));
}

TEST_CASE("a ticket and a board are read with their estimates and instants", "[client]")
{
    const auto ticket = ClientJson::ticket({{u"number"_s, u"B-0001"_s},
                                            {u"token"_s, u"abc"_s},
                                            {u"statusUrl"_s, u"http://q/s/abc"_s},
                                            {u"ahead"_s, 2},
                                            {u"estimate"_s, QJsonObject{{u"low"_s, 5}, {u"high"_s, 20}, {u"known"_s, true}}},
                                            {u"issuedAt"_s, u"2026-11-21T00:05:00.000Z"_s}});
    REQUIRE(ticket);
    CHECK(ticket->ahead == 2);
    CHECK(ticket->estimate.high == 20);
    CHECK(ticket->issuedAt == QDateTime(QDate(2026, 11, 21), QTime(0, 5), Qt::UTC));
    const auto board =
        ClientJson::board({{u"calling"_s, QJsonArray{QJsonObject{{u"number"_s, u"B-0001"_s}, {u"counter"_s, 3}, {u"language"_s, u"vi"_s}}}},
                           {u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"c"_s}, {u"congestion"_s, u"high"_s}}}}});
    REQUIRE(board);
    CHECK(board->calling.first().counter == 3);
    CHECK(board->calling.first().language == u"vi"_s);
    CHECK(board->services.first().congestion == u"high"_s);
    CHECK(Api::apiName(CounterAction::NoShow) == u"no-show"_s);
}
