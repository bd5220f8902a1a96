// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server's WebSocket hub in the test's own process, on a manual clock: the three paths on which
// the hub closes a client's socket while it walks the lists that hold it (each crashed the server
// before), the pings that drop a silent client, live status pages per address and their expiry, a
// subscriber that resumes after its last event, and what boards and kiosks are not told.
#include "liveoffice.h"
#include "websocketlistener.h"

#include "auth/credentials.h"
#include "server/eventhub.h"
#include "server/officeserver.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

ServerLimits quickLimits()
{
    ServerLimits limits;
    limits.authenticateSeconds = 1;
    limits.pingSeconds = 1;
    return limits;
}

/// Every event of every "events" message, in order.
QList<QJsonObject> events(const WebSocketListener &listener)
{
    QList<QJsonObject> all;
    for (const QJsonObject &message : listener.messages) {
        for (const QJsonValue &event : message.value(u"events"_s).toArray())
            all.append(event.toObject());
    }
    return all;
}

} // namespace

TEST_CASE("a subscriber that never authenticates is closed in time, and the server lives on", "[hub][hostile]")
{
    LiveOffice o(quickLimits());
    WebSocketListener board;
    board.open(o.url(u"/api/v1/events"_s), o.board);
    WebSocketListener idle[3];
    for (WebSocketListener &each : idle)
        each.open(o.url(u"/api/v1/events"_s));
    REQUIRE(waitFor([&] { return std::all_of(std::begin(idle), std::end(idle), [](const auto &l) { return l.closed; }); }, 5000));
    for (const WebSocketListener &each : idle) {
        CHECK(each.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
        CHECK(each.messages.isEmpty());
    }
    CHECK(o.answers());
    REQUIRE(waitFor([&] { return !board.messages.isEmpty(); }));
    o.issue();
    REQUIRE(waitFor([&] { return board.eventTypes().contains(u"visit.issued"_s); }));
    CHECK_FALSE(board.closed);
}

TEST_CASE("a subscriber whose session ended is cut when the next events go out, and the others get them", "[hub][hostile]")
{
    LiveOffice o(quickLimits());
    const QString ended = o.login(u"clerk2"_s, 2);
    WebSocketListener before, staff, after;
    before.open(o.url(u"/api/v1/events"_s), o.board);
    staff.open(o.url(u"/api/v1/events"_s), ended);
    after.open(o.url(u"/api/v1/events"_s), o.kiosk);
    REQUIRE(waitFor([&] { return !before.messages.isEmpty() && !staff.messages.isEmpty() && !after.messages.isEmpty(); }));
    REQUIRE(o.call("DELETE", u"/api/v1/sessions"_s, ended).status == 204);
    o.clock.advance(EventHub::kRecheckMs + 1000);

    o.issue();
    REQUIRE(waitFor([&] { return staff.closed; }, 5000));
    CHECK(staff.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    CHECK_FALSE(staff.eventTypes().contains(u"visit.issued"_s));
    REQUIRE(waitFor([&] { return before.eventTypes().contains(u"visit.issued"_s) && after.eventTypes().contains(u"visit.issued"_s); }));
    CHECK(o.answers());
    CHECK(o.server->openConnections() >= 2);
}

TEST_CASE("a live status page whose visit is gone is closed, and the server lives on", "[hub][hostile]")
{
    LiveOffice o(quickLimits());
    const QString token = o.issue().value(u"token"_s).toString();
    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    WebSocketListener page, other;
    page.open(o.url(u"/api/v1/status/%1/live"_s.arg(token)));
    REQUIRE(waitFor([&] { return !page.messages.isEmpty(); }));
    CHECK(page.messages.last().value(u"status"_s).toString() == u"done"_s);
    o.clock.advance(24 * 3600 * 1000); // the next office day: yesterday's closed visits are let go
    const QString today = o.issue().value(u"token"_s).toString();
    other.open(o.url(u"/api/v1/status/%1/live"_s.arg(today)));

    REQUIRE(waitFor([&] { return page.closed; }, 5000));
    CHECK(page.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    REQUIRE(waitFor([&] { return !other.messages.isEmpty(); }));
    o.issue();
    REQUIRE(waitFor([&] { return other.messages.last().value(u"ahead"_s).toInt() == 0 && other.messages.size() >= 1; }));
    CHECK(o.answers());
    CHECK_FALSE(other.closed);
}

TEST_CASE("a client that never answers a ping is dropped, one that answers stays", "[hub][ping]")
{
    LiveOffice o(quickLimits());
    WebSocketListener board;
    board.open(o.url(u"/api/v1/events"_s), o.board);
    // A WebSocket made by hand that then goes silent, as a half-open connection does.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, o.port);
    REQUIRE(silent.waitForConnected(5000));
    silent.write("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                 + o.board.toLatin1() + "\r\n\r\n");
    QByteArray received;
    QObject::connect(&silent, &QTcpSocket::readyRead, [&] { received += silent.readAll(); });
    REQUIRE(waitFor([&] { return received.contains("\r\n\r\n"); }));
    CHECK(received.startsWith("HTTP/1.1 101"));
    REQUIRE(waitFor([&] { return silent.state() == QAbstractSocket::UnconnectedState; }, 8000));
    CHECK(received.contains("\x89")); // it was pinged (opcode 9) before it was dropped
    CHECK_FALSE(board.closed);
    CHECK(o.server->openConnections() >= 1);
}

TEST_CASE("live status pages are bounded per address and expire", "[hub][status]")
{
    ServerLimits limits = quickLimits();
    limits.watchersPerAddress = 2;
    limits.watcherSeconds = 2;
    LiveOffice o(limits);
    const QString token = o.issue().value(u"token"_s).toString();
    WebSocketListener pages[3];
    for (WebSocketListener &page : pages) {
        page.open(o.url(u"/api/v1/status/%1/live"_s.arg(token)));
        REQUIRE(waitFor([&] { return !page.messages.isEmpty() || page.closed; }));
    }
    CHECK_FALSE(pages[0].closed);
    CHECK_FALSE(pages[1].closed);
    CHECK(pages[2].closed);
    CHECK(pages[2].socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    REQUIRE(waitFor([&] { return pages[0].closed && pages[1].closed; }, 6000));
    CHECK(pages[0].socket.closeCode() == QWebSocketProtocol::CloseCodeGoingAway);
}

TEST_CASE("a subscriber that names its last event gets the events it missed", "[hub][resume]")
{
    LiveOffice o;
    WebSocketListener first;
    first.open(o.url(u"/api/v1/events"_s), o.board);
    REQUIRE(waitFor([&] { return !first.messages.isEmpty(); })); // subscribed: the hello came
    o.issue();
    REQUIRE(waitFor([&] { return first.eventTypes().contains(u"visit.issued"_s); }));
    const qint64 seen = qint64(events(first).last().value(u"id"_s).toDouble());
    first.socket.close();
    REQUIRE(waitFor([&] { return first.closed; }));

    // Meanwhile a number is called and called again.
    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/recall"_s, o.clerk).status == 200);

    WebSocketListener back;
    back.open(o.url(u"/api/v1/events?after=%1"_s.arg(seen)), o.board);
    REQUIRE(waitFor([&] { return back.eventTypes().contains(u"step.recalled"_s); }));
    CHECK(back.messageTypes().first() == u"hello"_s);
    CHECK(back.messages.first().value(u"lastEvent"_s).toDouble() > double(seen));
    CHECK(back.messages.at(1).value(u"replayed"_s).toBool());
    const QList<QJsonObject> missed = events(back);
    CHECK(qint64(missed.first().value(u"id"_s).toDouble()) == seen + 1);
    CHECK(back.eventTypes() == QStringList{u"step.called"_s, u"step.recalled"_s});

    SECTION("a last event this log never had asks for a full re-read")
    {
        WebSocketListener stranger;
        stranger.open(o.url(u"/api/v1/events?after=999999"_s), o.board);
        REQUIRE(waitFor([&] { return stranger.messageTypes().contains(u"resync"_s); }));
        CHECK(stranger.eventTypes().isEmpty());
    }
}

TEST_CASE("boards and kiosks are not told a visitor's needs, but counters and staff are", "[hub][privacy]")
{
    LiveOffice o;
    WebSocketListener board, staff;
    board.open(o.url(u"/api/v1/events"_s), o.board);
    staff.open(o.url(u"/api/v1/events"_s), o.clerk);
    REQUIRE(waitFor([&] { return !board.messages.isEmpty() && !staff.messages.isEmpty(); }));
    o.issue({u"wheelchair"_s});
    REQUIRE(waitFor([&] { return board.eventTypes().contains(u"visit.issued"_s) && staff.eventTypes().contains(u"visit.issued"_s); }));
    const QJsonObject seenByBoard = events(board).last().value(u"data"_s).toObject();
    const QJsonObject seenByStaff = events(staff).last().value(u"data"_s).toObject();
    CHECK(seenByStaff.value(u"needs"_s).toArray() == QJsonArray{u"wheelchair"_s});
    CHECK_FALSE(seenByBoard.contains(u"needs"_s));
    CHECK_FALSE(QJsonDocument(seenByBoard).toJson().contains("wheelchair"));
    CHECK(seenByBoard.value(u"number"_s) == seenByStaff.value(u"number"_s));
}

TEST_CASE("credentials revoked through another connection cut the live sockets that hold them", "[hub][auth]")
{
    LiveOffice o;
    const QString second = o.login(u"clerk2"_s, 2);
    WebSocketListener board, staff;
    board.open(o.url(u"/api/v1/events"_s), o.board);
    staff.open(o.url(u"/api/v1/events"_s), second);
    REQUIRE(waitFor([&] { return !board.messages.isEmpty() && !staff.messages.isEmpty(); }));
    auto provisioning = Credentials::open(OfficeServer::databasePath(o.dir.path()));
    REQUIRE(provisioning);
    REQUIRE((*provisioning)->revokeDevice(u"board-1"_s, o.clock.now()));
    REQUIRE(waitFor([&] { return board.closed; }, 5000));
    CHECK_FALSE(staff.closed);
    REQUIRE((*provisioning)->disableStaff(u"clerk2"_s, o.clock.now()));
    REQUIRE(waitFor([&] { return staff.closed; }, 5000));
    CHECK(o.answers());
}
