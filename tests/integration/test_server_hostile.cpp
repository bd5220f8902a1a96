// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real server process against clients that mean it harm, as anyone on an office network could:
// a WebSocket left unauthenticated, huge, endless, slow and malformed requests, bodies over the limit,
// oversized WebSocket messages, a flood of connections from one address, and requests that try to
// make the server write headers of their choosing. After each, the server still answers others.
#include "rawclient.h"
#include "serverprocess.h"
#include "websocketlistener.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <sys/resource.h>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

/// Short limits so that every deadline passes within a second or two.
const QByteArray kLimits = "[server.limits]\nheader_bytes = 8192\nheader_count = 32\nbody_bytes = 65536\n"
                           "header_seconds = 1\nbody_seconds = 1\nidle_seconds = 1\nauthenticate_seconds = 1\n"
                           "message_bytes = 1024\nconnections_per_address = 16\nconnections = 512\n";

struct Office {
    ServerProcess server{u"server-office.toml"_s, kLimits};
    QString kiosk, clerk;
    Office()
    {
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        clerk = server.login(u"clerk1"_s, kPassword, 1);
    }
    /// The server is alive and answers a well-behaved client.
    bool answers() { return server.running() && server.request("GET", u"/api/v1/services"_s, kiosk).status == 200; }
    /// One raw request from an address and its answer.
    std::unique_ptr<RawClient> exchange(const QByteArray &bytes, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost))
    {
        auto client = std::make_unique<RawClient>(server.port(), from);
        client->send(bytes);
        REQUIRE(client->waitForResponse());
        return client;
    }
};

/// Lets this test process open many sockets (the flood).
void raiseOpenFileLimit()
{
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    REQUIRE(setrlimit(RLIMIT_NOFILE, &limit) == 0);
}

} // namespace

TEST_CASE("a WebSocket left unauthenticated is closed and the server lives on", "[server][hostile]")
{
    Office o;
    WebSocketListener idle;
    idle.open(o.server.url(u"/api/v1/events"_s));
    REQUIRE(waitFor([&] { return idle.closed; }, 5000));
    CHECK(idle.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
    CHECK(o.answers());
}

TEST_CASE("huge, endless, slow and malformed requests are refused in time and the server answers others", "[server][hostile]")
{
    Office o;
    const qint64 memoryBefore = o.server.residentKiB();

    SECTION("a 50 MB header is refused after its first 8 KiB and never held in memory")
    {
        RawClient client(o.server.port());
        client.send("GET /api/v1/services HTTP/1.1\r\nHost: q\r\nX-Filler: ");
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 50 && !client.closed() && client.received().isEmpty(); ++i)
            client.send(chunk);
        REQUIRE(client.waitForResponse());
        CHECK(client.status() == 431);
        CHECK(client.header("Connection") == "close");
        CHECK(o.server.residentKiB() - memoryBefore < 16 * 1024);
    }
    SECTION("too many header fields")
    {
        QByteArray fields;
        for (int i = 0; i < 40; ++i)
            fields += "X-" + QByteArray::number(i) + ": 1\r\n";
        CHECK(o.exchange("GET /api/v1/services HTTP/1.1\r\nHost: q\r\n" + fields + "\r\n")->status() == 431);
    }
    SECTION("a body over the limit is refused from its Content-Length, before it is sent")
    {
        auto client = o.exchange("POST /api/v1/visits HTTP/1.1\r\nHost: q\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 10000000\r\n\r\n");
        CHECK(client->status() == 413);
        CHECK(client->received().contains("payload-too-large"));
    }
    SECTION("a request head that trickles in is cut off after the header time")
    {
        RawClient client(o.server.port());
        client.send("GET /api/v1/services HTTP/1.1\r\nHost: q\r\n");
        REQUIRE(client.waitForResponse(5000));
        CHECK(client.status() == 408);
        CHECK(client.waitForClose(5000));
    }
    SECTION("a body that never comes is cut off after the body time")
    {
        RawClient client(o.server.port());
        client.send("POST /api/v1/visits HTTP/1.1\r\nHost: q\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        REQUIRE(client.waitForResponse(5000));
        CHECK(client.status() == 408);
    }
    SECTION("a connection that connects and says nothing, or nothing more, is closed")
    {
        RawClient silent(o.server.port());
        CHECK(silent.waitForClose(5000));
        CHECK(silent.received().isEmpty());
        RawClient kept(o.server.port());
        kept.send("GET /api/v1/openapi.json HTTP/1.1\r\nHost: q\r\n\r\n");
        REQUIRE(kept.waitForResponse());
        CHECK(kept.status() == 200);
        CHECK(kept.waitForClose(5000));
    }
    SECTION("paths and headers that would write headers of their own")
    {
        const auto crlf = o.exchange("GET /s/AAAAAAAAAAAAAAAAAAAAAA%0D%0ASet-Cookie:%20stolen=1 HTTP/1.1\r\nHost: q\r\n\r\n");
        CHECK(crlf->status() == 400);
        CHECK(crlf->header("Set-Cookie").isEmpty());
        CHECK(o.exchange("GET / HTTP/1.1\r\nHost: q\r\nX-A: 1\rSet-Cookie: stolen=1\r\n\r\n")->status() == 400);
        CHECK(o.exchange("POST / HTTP/1.1\r\nHost: q\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")->status() == 501);
        CHECK(o.exchange("GET / HTTP/1.1\r\n\r\n")->status() == 400);
        CHECK(o.exchange("GET / HTTP/3.0\r\nHost: q\r\n\r\n")->status() == 505);
    }
    SECTION("a WebSocket message over the limit closes that socket only")
    {
        WebSocketListener page, noisy;
        const QString token = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}})
                                  .json()
                                  .value(u"token"_s)
                                  .toString();
        page.open(o.server.url(u"/api/v1/status/%1/live"_s.arg(token)));
        noisy.open(o.server.url(u"/api/v1/events"_s));
        REQUIRE(waitFor([&] { return noisy.socket.state() == QAbstractSocket::ConnectedState && !page.messages.isEmpty(); }));
        noisy.socket.sendTextMessage(QString(4096, u'x'));
        REQUIRE(waitFor([&] { return noisy.closed; }, 5000));
        CHECK(noisy.socket.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData);
        CHECK_FALSE(page.closed);
    }
    CHECK(o.answers());
}

TEST_CASE("a flood of connections from one address leaves the server answering others", "[server][hostile][flood]")
{
    raiseOpenFileLimit();
    Office o;
    const QHostAddress flooder(u"127.0.0.1"_s);
    std::vector<std::unique_ptr<RawClient>> flood;
    for (int i = 0; i < 1500; ++i) {
        // Each sends the start of a request and never the end of its head.
        flood.push_back(RawClient::opening(o.server.port(), flooder, "GET /api/v1/services HTTP/1.1\r\nHost: q\r\n"));
    }
    // Beyond its 16 connections, the flooder's are closed as they come.
    const auto closedCount = [&] { return std::count_if(flood.begin(), flood.end(), [](const auto &c) { return c->closed(); }); };
    const bool cut = waitFor([&] { return closedCount() >= 1484; }, 30000);
    INFO("closed: " << closedCount()
                    << ", connected: " << std::count_if(flood.begin(), flood.end(), [](const auto &c) { return c->connected(); }));
    REQUIRE(cut);

    // Another address is answered at once, while the flooder still holds its 16.
    auto other = o.exchange("GET /api/v1/openapi.json HTTP/1.1\r\nHost: q\r\nConnection: close\r\n\r\n", QHostAddress(u"127.0.0.2"_s));
    CHECK(other->status() == 200);
    CHECK(std::count_if(flood.begin(), flood.end(), [](const auto &c) { return !c->closed(); }) <= 16);

    // The slow ones are cut off by the header time too; then the flooder may connect again.
    REQUIRE(waitFor([&] { return std::all_of(flood.begin(), flood.end(), [](const auto &c) { return c->closed(); }); }, 10000));
    CHECK(o.server.waitForLog("connection limit reached"));
    CHECK(o.answers());
}

TEST_CASE("the status form and page write only headers made of validated parts", "[server][hostile][status]")
{
    Office o;
    const QString token = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}})
                              .json()
                              .value(u"token"_s)
                              .toString();
    const auto posted = o.exchange("POST /s/" + token.toLatin1()
                                   + " HTTP/1.1\r\nHost: q\r\n"
                                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\nchannel=email");
    CHECK(posted->status() == 303);
    CHECK(posted->header("Location") == "/s/" + token.toLatin1() + "?notice=invalid#notify");

    const auto injected = o.exchange("POST /s/" + token.toLatin1()
                                     + "%0D%0ALocation:%20https://evil.example HTTP/1.1\r\nHost: q\r\n"
                                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\nchannel=email");
    CHECK(injected->status() == 400);
    CHECK(injected->header("Location").isEmpty());
    const auto unknown = o.exchange("POST /s/AAAAAAAAAAAAAAAAAAAAAA HTTP/1.1\r\nHost: q\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\nchannel=email");
    CHECK(unknown->status() == 404);
    CHECK(unknown->header("Location").isEmpty());

    const auto page = o.exchange("GET /s/" + token.toLatin1() + " HTTP/1.1\r\nHost: q\r\n\r\n");
    const QByteArray policy = page->header("Content-Security-Policy");
    CHECK_FALSE(policy.contains("unsafe-inline"));
    CHECK(policy.contains("script-src 'sha256-"));
    CHECK(policy.contains("frame-ancestors 'none'"));
    CHECK(page->header("X-Frame-Options") == "DENY");

    // A ticket's status link is built from a Host only when it is a plain host and port.
    const Reply hostile = o.server.request("POST", u"/api/v1/visits"_s, o.kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}},
                                           {{"Host", "evil.example/phish?x="}});
    REQUIRE(hostile.status == 201);
    CHECK(hostile.json().value(u"statusUrl"_s).toString().isEmpty());
}
