// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The office server as a real process on loopback, driven over HTTP: who may call what, how bad
// input is refused without changing anything, idempotent retries and the public status endpoint.
#include "serverprocess.h"
#include "testcertificate.h"

#include "server/officeapi.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimeZone>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

/// One server for the tests of this file, with a device of each kind and staff of each role.
struct Office {
    ServerProcess server;
    QString kiosk, board, counterDevice, clerk1, supervisor;

    Office()
    {
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        board = server.deviceToken(u"board"_s, u"board-1"_s);
        counterDevice = server.deviceToken(u"counter"_s, u"counter-terminal-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.addStaff(u"chief"_s, u"supervisor"_s, kPassword);
        server.start();
        clerk1 = server.login(u"clerk1"_s, kPassword, 1);
        supervisor = server.login(u"chief"_s, kPassword, 0);
    }

    Reply issue(const QString &token, const QJsonObject &body, const QByteArray &key = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return server.request("POST", u"/api/v1/visits"_s, token, body, headers);
    }

    /// People waiting per service, as the API reports them.
    std::map<QString, int> waiting()
    {
        std::map<QString, int> counts;
        const Reply reply = server.request("GET", u"/api/v1/services"_s, kiosk);
        REQUIRE(reply.status == 200);
        for (const QJsonValue &service : reply.json().value(u"services"_s).toArray())
            counts[service[u"code"_s].toString()] = service[u"waiting"_s].toInt();
        return counts;
    }
};

Office &office()
{
    static Office shared;
    return shared;
}

const QJsonObject kCertificate{{u"services"_s, QJsonArray{u"certificate"_s}}, {u"language"_s, u"en"_s}};

} // namespace

TEST_CASE("every route and method checks the caller's role, from the table the server routes by", "[server][auth]")
{
    Office &o = office();
    const QString issued = o.issue(o.kiosk, kCertificate).json().value(u"token"_s).toString();
    REQUIRE(issued.size() == 22);
    const Reply booked = o.server.request("POST", u"/api/v1/appointments"_s, o.supervisor, reservationRequest(nextReservationSlot()));
    REQUIRE(booked.status == 201);
    const QString code = booked.json().value(u"code"_s).toString();

    struct Caller {
        const char *name;
        QString token;
        std::optional<Role> role; // none: no token, or one the server does not know
    };
    const Caller callers[] = {
        {"nobody", {}, std::nullopt},
        {"bad token", u"not-a-token-at-all"_s, std::nullopt},
        {"kiosk", o.kiosk, Role::Kiosk},
        {"board", o.board, Role::Board},
        {"counter terminal", o.counterDevice, Role::Counter},
        {"clerk at 1", o.clerk1, Role::Clerk},
        {"supervisor", o.supervisor, Role::Supervisor},
    };
    const QJsonObject profileChange{{u"source"_s, u"clerk"_s},
                                    {u"values"_s, QJsonArray{QJsonObject{{u"field"_s, u"address"_s}, {u"value"_s, u"東京都千代田区"_s}}}}};
    // A concrete request for each route; the "*" segments filled with things that exist.
    const auto sample = [&](const RouteRule &rule) -> std::pair<QString, QJsonObject> {
        const QString p = rule.pattern;
        if (p == u"openapi.json" || p == u"services" || p == u"board" || p == u"appointments" || p == u"assistance" || p == u"sessions"
            || p == u"pre-application")
            return {
                p, p == u"appointments" && rule.method == "POST" ? reservationRequest(nextReservationSlot().addSecs(3600)) : QJsonObject()};
        if (p == u"visits")
            return {p, kCertificate};
        if (p == u"appointments/*" || p == u"appointments/*/check-in")
            return {QString(p).replace(u'*', code), {}};
        if (p == u"assistance/*/answer") { // a fresh call each time, so that there is one to answer
            const Reply call = o.server.request("POST", u"/api/v1/assistance"_s, o.kiosk, {{u"language"_s, u"en"_s}});
            return {u"assistance/%1/answer"_s.arg(call.json().value(u"id"_s).toInteger()), {}};
        }
        if (p.startsWith(u"visits/*/profile"))
            return {QString(p).replace(u'*', u"1"_s), // the server's first visit: ids start at 1, and one was issued above
                    p.endsWith(u"choice") ? QJsonObject{{u"field"_s, u"address"_s}, {u"source"_s, u"clerk"_s}} : profileChange};
        if (p == u"visits/*/steps")
            return {u"visits/1/steps"_s, {{u"service"_s, u"moving"_s}}};
        if (p == u"visits/*/steps/*")
            return {u"visits/1/steps/999"_s, {}};
        if (p == u"counters/*")
            return {u"counters/1"_s, {}};
        if (p == u"counters/*/*")
            return {u"counters/1/pause"_s, {}};
        if (p == u"status/*" || p == u"status/*/notify" || p == u"s/*")
            return {QString(p).replace(u'*', issued), {}};
        FAIL("the test has no sample request for the route " << rule.method.toStdString() << " " << p.toStdString());
        return {};
    };
    QList<RouteRule> rules = OfficeApi::routeRules();
    // Logging out ends the callers' sessions: last.
    std::stable_partition(rules.begin(), rules.end(),
                          [](const RouteRule &r) { return !(r.method == "DELETE" && r.pattern == u"sessions"); });
    REQUIRE(rules.size() >= 19);
    for (const RouteRule &rule : std::as_const(rules)) {
        for (const Caller &caller : callers) {
            const auto [path, body] = sample(rule);
            const QString url = OfficeApi::isPage(rule.pattern) ? u"/"_s + path : u"/api/v1/"_s + path;
            const Reply reply = o.server.request(rule.method, url, caller.token, body);
            INFO(rule.method.toStdString() << " " << url.toStdString() << " as " << caller.name << ": " << reply.status << " "
                                           << reply.body.left(300).toStdString());
            const bool allowed = rule.open || (caller.role && rule.roles.contains(*caller.role));
            if (allowed) {
                // Past the role check: answered by the endpoint itself, not refused, missing or failing.
                CHECK(reply.status != 401);
                CHECK(reply.status != 403);
                CHECK(reply.status != 404);
                CHECK(reply.status != 405);
                CHECK(reply.status < 500);
            } else {
                CHECK((reply.status == 401 || reply.status == 403));
                CHECK(reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().size() > 10);
            }
        }
    }
    SECTION("a clerk acts only at the counter of the session")
    {
        const QString clerk = o.server.login(u"clerk1"_s, kPassword, 1);
        CHECK(o.server.request("POST", u"/api/v1/counters/2/pause"_s, clerk).status == 403);
        CHECK(o.server.request("POST", u"/api/v1/counters/3/call-next"_s, clerk).status == 403);
    }
}

TEST_CASE("bad requests get clear errors and change nothing", "[server][input]")
{
    Office &o = office();
    const auto before = o.waiting();
    struct Case {
        const char *what;
        QByteArray body;
        QByteArray contentType;
        int status;
        QString code;
    };
    const Case cases[] = {
        {"over 64 KiB", "{\"services\":[\"" + QByteArray(70 * 1024, 'x') + "\"]}", "application/json", 413, u"payload-too-large"_s},
        {"malformed JSON", "{\"services\": [\"certificate\"", "application/json", 400, u"malformed-json"_s},
        {"not an object", "[1, 2]", "application/json", 400, u"malformed-json"_s},
        {"not JSON at all", "services=certificate", "application/x-www-form-urlencoded", 415, u"unsupported-media-type"_s},
        {"services not a list", R"({"services": "certificate"})", "application/json", 400, u"bad-field"_s},
        {"language not a string", R"({"services": ["certificate"], "language": 5})", "application/json", 400, u"bad-field"_s},
        {"unknown field", R"({"services": ["certificate"], "colour": "red"})", "application/json", 400, u"bad-field"_s},
        {"unknown service", R"({"services": ["fishing-licence"]})", "application/json", 422, u"unknown-service"_s},
        {"no services", R"({"services": []})", "application/json", 422, u"invalid-request"_s},
        {"unknown language", R"({"services": ["certificate"], "language": "xx"})", "application/json", 422, u"invalid-request"_s},
        {"bad priority", R"({"services": ["certificate"], "priority": "vip"})", "application/json", 422, u"invalid-request"_s},
        {"unknown need", R"({"services": ["certificate"], "needs": ["jetpack"]})", "application/json", 422, u"invalid-request"_s},
        {"bad appointment", R"({"services": ["certificate"], "appointment": {"code": "R-1", "due": "tomorrow"}})", "application/json", 400,
         u"bad-field"_s},
    };
    for (const Case &c : cases) {
        const Reply reply = o.server.raw("POST", u"/api/v1/visits"_s, o.kiosk, c.body, c.contentType);
        INFO(c.what << ": " << reply.status << " " << reply.body.left(300).toStdString());
        CHECK(reply.status == c.status);
        CHECK(reply.errorCode() == c.code);
        CHECK_FALSE(reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    CHECK(o.waiting() == before);

    SECTION("unknown paths and methods")
    {
        CHECK(o.server.request("GET", u"/api/v1/nothing"_s, o.kiosk).status == 404);
        CHECK(o.server.request("GET", u"/etc/passwd"_s).status == 404);
        const Reply wrongMethod = o.server.request("PUT", u"/api/v1/services"_s, o.kiosk);
        CHECK(wrongMethod.status == 405);
        CHECK(wrongMethod.errorCode() == u"method-not-allowed"_s);
        CHECK(o.server.request("POST", u"/api/v1/counters/99/call-next"_s, o.supervisor).errorCode() == u"unknown-counter"_s);
        CHECK(o.server.request("POST", u"/api/v1/counters/1/dance"_s, o.supervisor).errorCode() == u"unknown-action"_s);
    }
    SECTION("a counter action refused by the queue says why")
    {
        o.server.request("POST", u"/api/v1/counters/4/open"_s, o.supervisor);
        const Reply idle = o.server.request("POST", u"/api/v1/counters/4/start"_s, o.supervisor);
        CHECK(idle.status == 409);
        CHECK(idle.errorCode() == u"counter-idle"_s);
        const Reply transfer = o.server.request("POST", u"/api/v1/counters/4/transfer"_s, o.supervisor, {{u"keepPlace"_s, u"yes"_s}});
        CHECK(transfer.status == 400);
    }
    SECTION("wrong passwords and ended sessions")
    {
        const Reply wrong = o.server.request("POST", u"/api/v1/sessions"_s, {},
                                             {{u"login"_s, u"clerk1"_s}, {u"password"_s, u"guess"_s}, {u"counter"_s, 1}});
        CHECK(wrong.status == 401);
        CHECK(wrong.errorCode() == u"unauthorized"_s);
        const Reply noCounter =
            o.server.request("POST", u"/api/v1/sessions"_s, {}, {{u"login"_s, u"clerk1"_s}, {u"password"_s, QString::fromUtf8(kPassword)}});
        CHECK(noCounter.status == 422);
        const QString session = o.server.login(u"clerk1"_s, kPassword, 5);
        CHECK(o.server.request("POST", u"/api/v1/counters/5/open"_s, session).status == 200);
        CHECK(o.server.request("DELETE", u"/api/v1/sessions"_s, session).status == 204);
        const Reply stale = o.server.request("POST", u"/api/v1/counters/5/pause"_s, session);
        CHECK(stale.status == 401);
        CHECK(stale.errorCode() == u"session-ended"_s);
    }
}

TEST_CASE("a reservation checks in at the kiosk once and is refused in the visitor's language", "[server][appointments]")
{
    Office &o = office();
    const QDateTime due = nextReservationSlot();
    const Reply booked = o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, reservationRequest(due, u"en"_s));
    REQUIRE(booked.status == 201);
    const QString code = booked.json().value(u"code"_s).toString();
    CHECK(booked.json().value(u"state"_s).toString() == u"booked"_s);
    const QString checkIn = u"/api/v1/appointments/"_s + code + u"/check-in"_s;

    if (onTodaysOfficeDay(due)) {
        const Reply first = o.server.request("POST", checkIn, o.kiosk);
        INFO(first.body.toStdString());
        REQUIRE(first.status == 201);
        CHECK(first.json().value(u"number"_s).toString().startsWith(u"A-"_s));
        CHECK(first.json().value(u"language"_s).toString() == u"en"_s);
        CHECK(first.json().value(u"appointment"_s).toObject().value(u"code"_s).toString() == code);
        // Typed forgivingly (lower case, no hyphen), scanned again: the same ticket, not a second one.
        const auto before = o.waiting();
        const Reply again = o.server.request("POST", u"/api/v1/appointments/"_s + code.toLower().remove(u'-') + u"/check-in"_s, o.kiosk);
        CHECK(again.json().value(u"number"_s) == first.json().value(u"number"_s));
        CHECK(o.waiting() == before);
        const Reply day = o.server.request("GET", u"/api/v1/appointments"_s, o.clerk1);
        const QJsonArray list = day.json().value(u"appointments"_s).toArray();
        const auto entry = std::find_if(list.begin(), list.end(), [&](const QJsonValue &a) { return a[u"code"_s].toString() == code; });
        REQUIRE(entry != list.end());
        CHECK((*entry)[u"state"_s].toString() == u"checked-in"_s);
        CHECK(o.server.request("DELETE", u"/api/v1/appointments/"_s + code, o.clerk1).errorCode() == u"appointment-checked-in"_s);
    } else { // the next slot is already tomorrow (Tokyo time)
        CHECK(o.server.request("POST", checkIn, o.kiosk).errorCode() == u"appointment-other-day"_s);
    }
    // The code is the visitor's key to the reservation: never in the log, in neither spelling.
    CHECK_FALSE(o.server.log().contains(code.toLatin1()));
    CHECK_FALSE(o.server.log().contains(code.toLatin1().replace("-", "")));

    const Reply unknown = o.server.request("POST", u"/api/v1/appointments/0000-0000/check-in"_s, o.kiosk, {},
                                           {{"Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"}});
    CHECK(unknown.status == 404);
    CHECK(unknown.errorCode() == u"appointment-unknown"_s);
    CHECK(unknown.json()[u"error"_s][u"message"_s].toString().contains(u"予約"_s));
    CHECK(o.server.request("POST", u"/api/v1/appointments/0000-0000/check-in"_s, o.kiosk, {}, {{"Accept-Language", "en"}})
              .json()[u"error"_s][u"message"_s]
              .toString()
              .startsWith(u"There is no reservation"_s));

    const Reply tomorrow = o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, reservationRequest(due.addDays(1)));
    REQUIRE(tomorrow.status == 201);
    const Reply early = o.server.request("POST", u"/api/v1/appointments/"_s + tomorrow.json()[u"code"_s].toString() + u"/check-in"_s,
                                         o.kiosk, {}, {{"Accept-Language", "en"}});
    CHECK(early.errorCode() == u"appointment-other-day"_s);
    CHECK(early.json()[u"error"_s][u"message"_s].toString().contains(due.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"HH:mm"_s)));

    const Reply cancelled = o.server.request("DELETE", u"/api/v1/appointments/"_s + tomorrow.json()[u"code"_s].toString(), o.clerk1);
    CHECK(cancelled.json().value(u"state"_s).toString() == u"cancelled"_s);

    SECTION("booking refusals")
    {
        CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.kiosk, reservationRequest(due)).status == 403);
        QJsonObject offGrid = reservationRequest(due.addSecs(60));
        CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, offGrid).errorCode() == u"appointment-invalid"_s);
        QJsonObject noReservations = reservationRequest(due);
        noReservations[u"service"_s] = u"certificate"_s;
        CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, noReservations).errorCode() == u"appointment-invalid"_s);
        CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, reservationRequest(due.addSecs(-3600))).errorCode()
              == u"appointment-past"_s);
        const QDateTime later = due.addDays(2);
        for (int place = 0; place < 2; ++place)
            CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, reservationRequest(later)).status == 201);
        CHECK(o.server.request("POST", u"/api/v1/appointments"_s, o.clerk1, reservationRequest(later)).errorCode()
              == u"appointment-full"_s);
        CHECK(o.server.request("GET", u"/api/v1/appointments?day=yesterday"_s, o.clerk1).status == 400);
    }
}

TEST_CASE("a retried issue with the same Idempotency-Key does not issue twice", "[server][idempotency]")
{
    Office &o = office();
    const auto before = o.waiting();
    const Reply first = o.issue(o.kiosk, kCertificate, "retry-1");
    REQUIRE(first.status == 201);
    const Reply retry = o.issue(o.kiosk, kCertificate, "retry-1");
    REQUIRE(retry.status == 201);
    CHECK(retry.json().value(u"number"_s) == first.json().value(u"number"_s));
    CHECK(retry.json().value(u"token"_s) == first.json().value(u"token"_s));
    CHECK(o.waiting().at(u"certificate"_s) == before.at(u"certificate"_s) + 1);

    const Reply reused = o.issue(o.kiosk, QJsonObject{{u"services"_s, QJsonArray{u"moving"_s}}}, "retry-1");
    CHECK(reused.status == 422);
    CHECK(reused.errorCode() == u"idempotency-key-reused"_s);
    const Reply otherDevice = o.issue(o.clerk1, kCertificate, "retry-1");
    CHECK(otherDevice.status == 201);
    CHECK(otherDevice.json().value(u"number"_s) != first.json().value(u"number"_s));
    CHECK(o.issue(o.kiosk, kCertificate, QByteArray("bad key")).errorCode() == u"bad-idempotency-key"_s);
    // A control character in a header is malformed HTTP, refused before the API sees it.
    CHECK(o.issue(o.kiosk, kCertificate, QByteArray("bad\x01key")).errorCode() == u"bad-request"_s);
}

TEST_CASE("a ticket answers with number, public token, status URL, position and a reference range", "[server][status]")
{
    Office &o = office();
    const Reply reply = o.issue(o.kiosk, kCertificate);
    REQUIRE(reply.status == 201);
    const QJsonObject visit = reply.json();
    const QString token = visit.value(u"token"_s).toString();
    CHECK(QRegularExpression(u"^[A-Za-z0-9_-]{22}$"_s).match(token).hasMatch()); // 128 bits, base64url
    CHECK(visit.value(u"statusUrl"_s).toString() == o.server.url(u"/s/"_s + token).toString());
    CHECK(visit.value(u"ahead"_s).toInt() >= 0);
    const QJsonObject estimate = visit.value(u"estimate"_s).toObject();
    CHECK(estimate.value(u"known"_s).toBool());
    CHECK(estimate.value(u"low"_s).toInt() < estimate.value(u"high"_s).toInt());

    const Reply status = o.server.request("GET", u"/api/v1/status/"_s + token);
    REQUIRE(status.status == 200);
    CHECK(status.json().value(u"number"_s) == visit.value(u"number"_s));
    CHECK(status.json().value(u"status"_s).toString() == u"waiting"_s);
    CHECK(status.json().value(u"ahead"_s) == visit.value(u"ahead"_s));
    // The public view never carries another visit's number or any token.
    CHECK_FALSE(status.body.contains(token.toLatin1()));
    CHECK(o.server.request("GET", u"/api/v1/status/AAAAAAAAAAAAAAAAAAAAAA"_s).errorCode() == u"unknown-ticket"_s);

    SECTION("an office without notice channels offers no notices")
    {
        const Reply page = o.server.request("GET", u"/s/"_s + token);
        REQUIRE(page.status == 200);
        CHECK_FALSE(page.body.contains("<form"));
        CHECK(o.server
                  .request("POST", u"/api/v1/status/%1/notify"_s.arg(token), {},
                           {{u"channel"_s, u"email"_s}, {u"address"_s, u"a@example.org"_s}})
                  .errorCode()
              == u"channel-not-offered"_s);
    }

    SECTION("the board carries no public token")
    {
        const Reply board = o.server.request("GET", u"/api/v1/board"_s, o.board);
        CHECK_FALSE(board.body.contains(token.toLatin1()));
    }
}

TEST_CASE("public endpoints are rate-limited per address", "[server][ratelimit]")
{
    ServerProcess server(u"server-office.toml"_s, "");
    // Lower the limit of this server only: the shared office file allows many requests.
    {
        QFile config(server.configPath());
        REQUIRE(config.open(QIODevice::ReadWrite));
        QByteArray text = config.readAll();
        text.replace("public_requests_per_minute = 100000", "public_requests_per_minute = 5");
        config.resize(0);
        config.seek(0);
        config.write(text);
    }
    server.start();
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 8; ++i) {
        const Reply reply = server.request("GET", u"/api/v1/status/AAAAAAAAAAAAAAAAAAAAAA"_s);
        if (reply.status == 429) {
            ++limited;
            for (const auto &[name, value] : reply.headers) {
                if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                    retryAfter = value;
            }
        } else {
            CHECK(reply.status == 404);
        }
    }
    CHECK(limited == 3);
    CHECK(retryAfter.toInt() > 0);
}

TEST_CASE("with certificate files in the configuration the server speaks only TLS", "[server][tls]")
{
    const TestCertificate certificate;
    ServerProcess server(u"server-office.toml"_s, "");
    {
        QFile config(server.configPath());
        REQUIRE(config.open(QIODevice::ReadWrite));
        QByteArray text = config.readAll();
        text.replace(
            "[server]\n",
            u"[server]\ntls_certificate = \"%1\"\ntls_key = \"%2\"\n"_s.arg(certificate.certificatePath(), certificate.keyPath()).toUtf8());
        config.resize(0);
        config.seek(0);
        config.write(text);
    }
    server.start();
    struct Answer {
        int status;
        QNetworkReply::NetworkError error;
        QByteArray hsts;
    };
    // ciphers: the TLS 1.2 suites the client offers (empty: its defaults).
    const auto get = [&](const QString &scheme, bool trusted, const QList<QSslCipher> &ciphers = {}) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"%1://127.0.0.1:%2/api/v1/openapi.json"_s.arg(scheme).arg(server.port())));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (trusted)
            tls.addCaCertificates(certificate.certificatePath(), QSsl::Pem);
        if (!ciphers.isEmpty()) {
            tls.setProtocol(QSsl::TlsV1_2);
            tls.setCiphers(ciphers);
        }
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.get(request);
        REQUIRE(waitFor([reply] { return reply->isFinished(); }));
        reply->deleteLater();
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                      reply->rawHeader("Strict-Transport-Security")};
    };
    const Answer secure = get(u"https"_s, true);
    CHECK(secure.status == 200);
    CHECK(secure.hsts == "max-age=31536000");
    CHECK(get(u"https"_s, false).error == QNetworkReply::SslHandshakeFailedError); // self-signed, not trusted
    CHECK(get(u"http"_s, true).status == 0);                                       // no clear text

    // TLS 1.2 with AEAD suites only: a client that offers nothing but CBC suites is turned away.
    QList<QSslCipher> cbc, gcm;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (cipher.protocol() != QSsl::TlsV1_2 || !cipher.name().startsWith(u"ECDHE-RSA-"_s))
            continue;
        const bool aead = cipher.name().contains(u"GCM"_s) || cipher.name().contains(u"CHACHA20"_s);
        (aead ? gcm : cbc).append(cipher); // the others of TLS 1.2 are CBC suites (…-AES128-SHA, …-SHA384)
    }
    REQUIRE_FALSE(cbc.isEmpty());
    REQUIRE_FALSE(gcm.isEmpty());
    CHECK(get(u"https"_s, true, cbc).error == QNetworkReply::SslHandshakeFailedError);
    CHECK(get(u"https"_s, true, gcm).status == 200);
}
