// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WebSocket streams of the server: queue events for authenticated subscribers, and a visit's
// public status for its status page.
#include "serverprocess.h"
#include "websocketlistener.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

using Listener = WebSocketListener;

struct Office {
    ServerProcess server;
    QString kiosk, board, clerk;
    Office()
    {
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        board = server.deviceToken(u"board"_s, u"board-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        clerk = server.login(u"clerk1"_s, kPassword, 1);
        REQUIRE(server.request("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);
    }
};

} // namespace

TEST_CASE("authenticated subscribers receive every queue event without public tokens", "[server][websocket]")
{
    Office o;
    Listener board;
    board.open(o.server.url(u"/api/v1/events"_s), o.board);
    REQUIRE(waitFor([&] { return !board.messages.isEmpty(); }));
    CHECK(board.messages.first().value(u"type"_s).toString() == u"hello"_s);

    SECTION("with the token in a first message")
    {
        Listener late;
        late.open(o.server.url(u"/api/v1/events"_s));
        REQUIRE(waitFor([&] { return late.socket.state() == QAbstractSocket::ConnectedState; }));
        late.socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, o.board}}).toJson()));
        REQUIRE(waitFor([&] { return !late.messages.isEmpty(); }));
        CHECK(late.messages.first().value(u"type"_s).toString() == u"hello"_s);
    }

    const Reply issued = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}});
    REQUIRE(issued.status == 201);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(waitFor([&] { return board.eventTypes().contains(u"step.called"_s); }));
    CHECK(board.eventTypes().contains(u"visit.issued"_s));
    for (const QJsonObject &message : board.messages)
        CHECK_FALSE(QJsonDocument(message).toJson().contains(issued.json().value(u"token"_s).toString().toLatin1()));
}

TEST_CASE("a subscriber without a valid token is turned away", "[server][websocket]")
{
    Office o;
    Listener stranger;
    stranger.open(o.server.url(u"/api/v1/events"_s), u"forged-token"_s);
    REQUIRE(waitFor([&] { return stranger.closed; }));
    REQUIRE_FALSE(stranger.messages.isEmpty());
    CHECK(stranger.messages.first().value(u"error"_s).toObject().value(u"code"_s).toString() == u"unauthorized"_s);
    CHECK(stranger.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    CHECK_FALSE(stranger.eventTypes().contains(u"hello"_s));
}

TEST_CASE("the live status stream follows one visit until it is called", "[server][websocket][status]")
{
    Office o;
    const Reply first = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}});
    const Reply second = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}});
    Listener page;
    page.open(o.server.url(u"/api/v1/status/%1/live"_s.arg(second.json().value(u"token"_s).toString())));
    REQUIRE(waitFor([&] { return !page.messages.isEmpty(); }));
    CHECK(page.messages.last().value(u"status"_s).toString() == u"waiting"_s);
    CHECK(page.messages.last().value(u"ahead"_s).toInt() == 1);

    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(waitFor([&] { return page.messages.last().value(u"ahead"_s).toInt() == 0; }));
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(waitFor([&] { return page.messages.last().value(u"status"_s).toString() == u"called"_s; }));
    CHECK(page.messages.last().value(u"counter"_s).toInt() == 1);
    CHECK(page.messages.last().value(u"counterName"_s).toString() == u"1番窓口"_s);
    CHECK(page.messages.last().value(u"number"_s) == second.json().value(u"number"_s));
    CHECK_FALSE(QJsonDocument(page.messages.last()).toJson().contains(first.json().value(u"number"_s).toString().toLatin1()));

    SECTION("an unknown token is closed at once")
    {
        Listener stranger;
        stranger.open(o.server.url(u"/api/v1/status/AAAAAAAAAAAAAAAAAAAAAA/live"_s));
        REQUIRE(waitFor([&] { return stranger.closed; }));
        CHECK(stranger.messages.isEmpty());
    }
}
