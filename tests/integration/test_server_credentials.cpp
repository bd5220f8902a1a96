// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Staff logins that resist guessing, and credentials taken back while they are in use: the real
// server process, its provisioning commands and the audit log.
#include "rawclient.h"
#include "serverprocess.h"
#include "websocketlistener.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

struct Office {
    ServerProcess server;
    QString kiosk, board;
    Office()
    {
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        board = server.deviceToken(u"board"_s, u"board-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.addStaff(u"clerk2"_s, u"clerk"_s, kPassword);
        server.start();
    }
    Reply login(const QString &name, const QByteArray &password)
    {
        return server.request("POST", u"/api/v1/sessions"_s, {},
                              {{u"login"_s, name}, {u"password"_s, QString::fromLatin1(password)}, {u"counter"_s, 1}});
    }
};

QByteArray loginBody(const QString &name, const QByteArray &password)
{
    return QJsonDocument(QJsonObject{{u"login"_s, name}, {u"password"_s, QString::fromLatin1(password)}, {u"counter"_s, 1}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("repeated failed logins are slowed down per login and per network, and audited", "[server][auth]")
{
    Office o;
    for (int i = 0; i < 6; ++i)
        CHECK(o.login(u"clerk1"_s, "guess number " + QByteArray::number(i)).errorCode() == u"unauthorized"_s);
    // Now even the right password waits: nothing is checked while the login is held.
    const Reply held = o.login(u"clerk1"_s, kPassword);
    CHECK(held.status == 429);
    CHECK(held.errorCode() == u"login-throttled"_s);
    CHECK(held.header("Retry-After").toInt() >= 1);
    // The same network guessing another login is held too …
    CHECK(o.login(u"clerk2"_s, kPassword).status == 429);
    // … while another network logs in to another account at once.
    const QByteArray body = loginBody(u"clerk2"_s, kPassword);
    RawClient other(o.server.port(), QHostAddress(u"127.0.0.2"_s));
    other.send("POST /api/v1/sessions HTTP/1.1\r\nHost: q\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    REQUIRE(other.waitForResponse());
    CHECK(other.status() == 201);

    // Once the wait has passed the right password works (the first lock is a second).
    REQUIRE(waitFor([&] { return o.login(u"clerk1"_s, kPassword).status == 201; }, 10000));
    const QString audit = QString::fromUtf8(o.server.command({u"audit"_s, u"list"_s}));
    CHECK(audit.count(u"\tlogin-failed\tclerk1\t127.0.0.1"_s) == 6);
    CHECK(audit.contains(u"\tlogin-throttled\tclerk1\t127.0.0.1"_s));
    CHECK(audit.contains(u"\tlogin\tclerk2\t127.0.0.2"_s));
    CHECK(audit.contains(u"\tlogin\tclerk1\t127.0.0.1"_s));
    CHECK_FALSE(audit.contains(u"guess number"_s));
    CHECK_FALSE(audit.contains(QString::fromLatin1(kPassword)));
    CHECK_FALSE(o.server.log().contains("guess number"));
}

TEST_CASE("a revoked device token and a disabled account are cut off at once, live sockets too", "[server][auth]")
{
    Office o;
    const QString clerk = o.login(u"clerk1"_s, kPassword).json().value(u"token"_s).toString();
    REQUIRE_FALSE(clerk.isEmpty());
    WebSocketListener board, console;
    board.open(o.server.url(u"/api/v1/events"_s), o.board);
    console.open(o.server.url(u"/api/v1/events"_s), clerk);
    REQUIRE(waitFor([&] { return !board.messages.isEmpty() && !console.messages.isEmpty(); }));

    CHECK(o.server.command({u"token"_s, u"revoke"_s, u"--name"_s, u"board-1"_s}).contains("no longer works"));
    REQUIRE(waitFor([&] { return board.closed; }, 5000));
    CHECK(board.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    CHECK(o.server.request("GET", u"/api/v1/board"_s, o.board).status == 401);
    CHECK_FALSE(console.closed);

    o.server.command({u"staff"_s, u"disable"_s, u"--login"_s, u"clerk1"_s});
    const bool cut = waitFor([&] { return console.closed; }, 5000);
    INFO(o.server.log().toStdString());
    REQUIRE(cut);
    const Reply ended = o.server.request("GET", u"/api/v1/counters/1"_s, clerk);
    CHECK(ended.status == 401);
    CHECK(ended.errorCode() == u"session-ended"_s);
    CHECK(o.login(u"clerk1"_s, kPassword).status == 401);
    CHECK(o.server.request("GET", u"/api/v1/services"_s, o.kiosk).status == 200);

    const QString audit = QString::fromUtf8(o.server.command({u"audit"_s, u"list"_s}));
    CHECK(audit.contains(u"\tdevice-revoked\tboard-1\tcli"_s));
    CHECK(audit.contains(u"\tstaff-disabled\tclerk1\tcli"_s));
}

TEST_CASE("logging out ends the session and cuts its live socket", "[server][auth]")
{
    Office o;
    const QString clerk = o.login(u"clerk1"_s, kPassword).json().value(u"token"_s).toString();
    WebSocketListener console;
    console.open(o.server.url(u"/api/v1/events"_s), clerk);
    REQUIRE(waitFor([&] { return !console.messages.isEmpty(); }));
    CHECK(o.server.request("DELETE", u"/api/v1/sessions"_s, clerk).status == 204);
    REQUIRE(waitFor([&] { return console.closed; }, 5000));
    CHECK(o.server.request("GET", u"/api/v1/counters/1"_s, clerk).errorCode() == u"session-ended"_s);
    CHECK(QString::fromUtf8(o.server.command({u"audit"_s, u"list"_s})).contains(u"\tlogout\tclerk1\t127.0.0.1"_s));
}
