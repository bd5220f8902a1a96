// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server's reading of request heads and writing of responses: limits, and the malformed or
// hostile heads that must be refused; which connections may carry personal data.
#include "server/httpmessage.h"
#include "server/httprequesthead.h"
#include "server/httpresponsebytes.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

ServerLimits smallLimits()
{
    ServerLimits limits;
    limits.headerBytes = 2048;
    limits.headerCount = 8;
    limits.bodyBytes = 4096;
    return limits;
}

HttpHeadParse parse(const QByteArray &bytes)
{
    return parseRequestHead(bytes, smallLimits());
}

} // namespace

TEST_CASE("a request head is read whole, decoded, and sized", "[http]")
{
    const QByteArray head = "POST /api/v1/s%C3%A9rvices?day=2026-11-24&x=a%20b HTTP/1.1\r\nHost: q\r\n"
                            "Content-Length: 12\r\nX-Empty:\r\nAccept-Language:  ja , en \r\n\r\n";
    const HttpHeadParse parsed = parse(head + "{\"a\": true}\n" + "GET / HTTP/1.1\r\n");
    REQUIRE(parsed.head);
    CHECK(parsed.head->method == "POST");
    CHECK(parsed.head->path == u"/api/v1/sérvices"_s);
    CHECK(parsed.head->query.queryItemValue(u"day"_s) == u"2026-11-24"_s);
    CHECK(parsed.head->query.queryItemValue(u"x"_s, QUrl::FullyDecoded) == u"a b"_s);
    CHECK(parsed.head->size == head.size());
    CHECK(parsed.head->contentLength == 12);
    CHECK(parsed.head->keepAlive);
    CHECK_FALSE(parsed.head->webSocketUpgrade);
    REQUIRE(parsed.head->headers.size() == 4);
    CHECK(parsed.head->headers.at(2) == std::pair<QByteArray, QByteArray>("X-Empty", ""));
    CHECK(parsed.head->headers.at(3).second == "ja , en");

    SECTION("piece by piece, it needs more until the empty line")
    {
        for (qsizetype cut = 0; cut < head.size(); ++cut)
            CHECK(parse(head.left(cut)).needsMore());
    }
    SECTION("bare line feeds and leading empty lines are understood")
    {
        const HttpHeadParse lf = parse("\r\n\nGET /a HTTP/1.0\nConnection: keep-alive\n\n");
        REQUIRE(lf.head);
        CHECK(lf.head->path == u"/a"_s);
        CHECK(lf.head->keepAlive);
        CHECK_FALSE(parse("GET /a HTTP/1.0\n\n").head->keepAlive);
        CHECK_FALSE(parse("GET /a HTTP/1.1\r\nHost: q\r\nConnection: close\r\n\r\n").head->keepAlive);
    }
    SECTION("a WebSocket upgrade and Expect: 100-continue are recognised")
    {
        const auto upgrade =
            parse("GET /api/v1/events HTTP/1.1\r\nHost: q\r\nConnection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n\r\n");
        REQUIRE(upgrade.head);
        CHECK(upgrade.head->webSocketUpgrade);
        CHECK_FALSE(parse("POST /e HTTP/1.1\r\nHost: q\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n").head->webSocketUpgrade);
        CHECK(parse("POST /e HTTP/1.1\r\nHost: q\r\nContent-Length: 5\r\nExpect: 100-Continue\r\n\r\n").head->expectsContinue);
    }
}

TEST_CASE("hostile or malformed request heads are refused with the right status", "[http][hostile]")
{
    struct Case {
        const char *what;
        QByteArray bytes;
        int status;
    };
    const QByteArray many = [] {
        QByteArray fields;
        for (int i = 0; i < 9; ++i)
            fields += "X-" + QByteArray::number(i) + ": v\r\n";
        return fields;
    }();
    const Case cases[] = {
        {"headers larger than the limit", "GET / HTTP/1.1\r\nHost: q\r\nX-Big: " + QByteArray(4096, 'a'), 431},
        {"more fields than the limit", "GET / HTTP/1.1\r\nHost: q\r\n" + many + "\r\n", 431},
        {"a body over the limit", "POST / HTTP/1.1\r\nHost: q\r\nContent-Length: 4097\r\n\r\n", 413},
        {"a huge Content-Length", "POST / HTTP/1.1\r\nHost: q\r\nContent-Length: 99999999999999999999\r\n\r\n", 400},
        {"a negative Content-Length", "POST / HTTP/1.1\r\nHost: q\r\nContent-Length: -1\r\n\r\n", 400},
        {"two different Content-Lengths", "POST / HTTP/1.1\r\nHost: q\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
        {"chunked bodies", "POST / HTTP/1.1\r\nHost: q\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"a CR LF decoded into the path", "GET /s/abc%0D%0ASet-Cookie:%20x HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a NUL decoded into the path", "GET /s/abc%00 HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a path that is not UTF-8", "GET /s/%FF%FE HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a raw space in the target", "GET /a b HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a raw byte over 0x7f in the target", "GET /\xe7\xaa\x93 HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"an absolute target", "GET http://evil/ HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a fragment in the target", "GET /a#b HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"a bare CR inside a field", "GET / HTTP/1.1\r\nHost: q\rX-Injected: 1\r\n\r\n", 400},
        {"a control character in a value",
         "GET / HTTP/1.1\r\nHost: q\r\nX-A: a\x01"
         "b\r\n\r\n",
         400},
        {"a folded line", "GET / HTTP/1.1\r\nHost: q\r\nX-A: a\r\n b\r\n\r\n", 400},
        {"a space before the colon", "GET / HTTP/1.1\r\nHost : q\r\n\r\n", 400},
        {"a field without a name", "GET / HTTP/1.1\r\nHost: q\r\n: v\r\n\r\n", 400},
        {"HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400},
        {"two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},
        {"HTTP/2 over plain text", "GET / HTTP/2.0\r\nHost: q\r\n\r\n", 505},
        {"not HTTP at all", "\x16\x03\x01\x02\x01\x01\xfc\x03\x03\r\n\r\n", 400},
        {"a method that is not a token", "GE(T / HTTP/1.1\r\nHost: q\r\n\r\n", 400},
        {"an expectation not understood", "POST / HTTP/1.1\r\nHost: q\r\nExpect: 200-ok\r\n\r\n", 417},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HttpHeadParse parsed = parse(c.bytes);
        REQUIRE(parsed.refusal);
        CHECK(parsed.refusal->status == c.status);
        CHECK_FALSE(parsed.refusal->message.isEmpty());
        CHECK_FALSE(parsed.head);
    }
    SECTION("an endless line without an end is refused as soon as it passes the limit")
    {
        CHECK(parse("GET /" + QByteArray(2046, 'a')).refusal->status == 431);
        CHECK(parse("GET /" + QByteArray(2040, 'a')).needsMore());
    }
}

TEST_CASE("a response is written only with safe headers", "[http][hostile]")
{
    HttpResponse response;
    response.status = 303;
    response.contentType = "text/plain";
    response.body = "moved";
    response.addHeader("Location", "/s/abc?notice=ok#notify");
    const auto bytes = responseBytes(response, {true, true, {{"Strict-Transport-Security", "max-age=31536000"}}});
    REQUIRE(bytes);
    CHECK(bytes->startsWith("HTTP/1.1 303 See Other\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"));
    CHECK(bytes->contains("\r\nStrict-Transport-Security: max-age=31536000\r\n"));
    CHECK(bytes->contains("\r\nLocation: /s/abc?notice=ok#notify\r\n\r\nmoved"));
    CHECK_FALSE(bytes->contains("Connection: close"));
    CHECK(responseBytes(response, {false, false, {}})->endsWith("Connection: close\r\nLocation: /s/abc?notice=ok#notify\r\n\r\n"));

    for (const QByteArray &bad : {QByteArray("/s/x\r\nSet-Cookie: a=b"), QByteArray("/s/x\nX: y"), QByteArray("/s/\0x", 4)}) {
        HttpResponse injected = response;
        injected.headers = {{"Location", bad}};
        CHECK_FALSE(responseBytes(injected, {}));
    }
    HttpResponse badName = response;
    badName.headers = {{"X Bad", "v"}};
    CHECK_FALSE(responseBytes(badName, {}));
}

TEST_CASE("personal data travels only over TLS, from this host, or on a network the office declares closed", "[http][profile]")
{
    HttpRequest request;
    for (const char *loopback : {"127.0.0.1", "::1", "::ffff:127.0.0.1"}) {
        request.peer = QHostAddress(QString::fromLatin1(loopback));
        CHECK(mayCarryPersonalData(request, false));
    }
    request.peer = QHostAddress(u"192.0.2.10"_s);
    CHECK_FALSE(mayCarryPersonalData(request, false));
    CHECK(mayCarryPersonalData(request, true));
    request.encrypted = true;
    CHECK(mayCarryPersonalData(request, false));
}
