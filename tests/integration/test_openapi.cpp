// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// resources/web/openapi.json against the running server: a tour through every operation of API v1
// (and the refusals an integrator meets) records the real answers and the event stream's messages,
// and tests/tools/openapi_conformance.py validates each against the document's schemas. The
// document's name lists are the ones the code uses (core/api/apivocabulary.h, queue/event.h), and
// every route of the server is a path of the document.
#include "qtstringmaker.h"
#include "serverprocess.h"
#include "websocketlistener.h"

#include "api/apivocabulary.h"
#include "config/officeconfig.h"
#include "queue/event.h"
#include "server/officeapi.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

/// The office, with notices by e-mail offered (nobody receives them: the tour only asks for them).
QByteArray notifyToml()
{
    return "[notify]\nahead = 2\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = 9\nstarttls = false\nfrom = \"notices@test.example\"\n";
}

/// Every request of the tour and what the server answered, for the validator.
struct Tour {
    ServerProcess server{u"server-office.toml"_s, notifyToml()};
    QString kiosk, board, counterDevice, clerk, supervisor;
    QJsonArray exchanges;
    QJsonArray messages;

    Tour()
    {
        server.usePublicUrl();
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        board = server.deviceToken(u"board"_s, u"board-1"_s);
        counterDevice = server.deviceToken(u"counter"_s, u"counter-terminal-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.addStaff(u"super"_s, u"supervisor"_s, kPassword);
        server.start();
    }
    /// One request, recorded; the reply for the tour to go on with.
    Reply call(const QByteArray &method, const QString &path, const QString &token = {}, const QJsonObject &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        const Reply reply = server.request(method, u"/api/v1"_s + path, token, body, headers);
        record(method, path, reply);
        return reply;
    }
    /// A request with a raw body, recorded.
    Reply raw(const QByteArray &method, const QString &path, const QString &token, const QByteArray &body, const QByteArray &type)
    {
        const Reply reply = server.raw(method, u"/api/v1"_s + path, token, body, type);
        record(method, path, reply);
        return reply;
    }
    void record(const QByteArray &method, const QString &path, const Reply &reply)
    {
        QJsonObject exchange{{u"method"_s, QString::fromLatin1(method)},
                             {u"path"_s, path},
                             {u"status"_s, reply.status},
                             {u"contentType"_s, QString::fromLatin1(reply.header("Content-Type"))}};
        const QJsonDocument body = QJsonDocument::fromJson(reply.body);
        if (!body.isNull())
            exchange.insert(u"body"_s, body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array()));
        else if (!reply.body.isEmpty())
            exchange.insert(u"text"_s, QString::fromUtf8(reply.body.left(200)));
        exchanges.append(exchange);
    }
    /// The messages a WebSocket stream received, recorded as the stream's.
    void recordStream(const QString &stream, const WebSocketListener &listener)
    {
        for (const QJsonObject &message : listener.messages)
            messages.append(QJsonObject{{u"stream"_s, stream}, {u"message"_s, message}});
    }
};

/// Runs the validator over the tour; its report when it fails.
std::pair<int, QString> validate(const Tour &tour, const QString &document)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(u"exchanges.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"exchanges"_s, tour.exchanges}, {u"messages"_s, tour.messages}}).toJson());
    file.close();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(u"python3"_s, {QStringLiteral(MADOGUCHI_OPENAPI_CHECK), document, file.fileName()});
    REQUIRE(python.waitForFinished(60000));
    return {python.exitCode(), QString::fromUtf8(python.readAll())};
}

QString writeDocument(const QTemporaryDir &dir, const QJsonObject &document)
{
    QFile file(dir.filePath(u"openapi.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    return file.fileName();
}

/// The names of a schema's enum in the document.
QStringList enumOf(const QJsonObject &document, const QString &schema)
{
    QStringList names;
    for (const QJsonValue &name : document[u"components"_s][u"schemas"_s][schema][u"enum"_s].toArray())
        names.append(name.toString());
    return names;
}

/// Walks the whole API: every operation answered as it succeeds, and its usual refusals.
void walk(Tour &t)
{
    t.call("GET", u"/openapi.json"_s);
    t.call("GET", u"/services"_s, t.kiosk);
    t.call("GET", u"/services"_s); // no token
    t.call("GET", u"/nothing-here"_s, t.kiosk);
    t.call("PUT", u"/services"_s, t.kiosk);

    // Staff sessions.
    t.call("POST", u"/sessions"_s, {}, {{u"login"_s, u"clerk1"_s}, {u"password"_s, u"wrong"_s}, {u"counter"_s, 1}});
    t.clerk =
        t.call("POST", u"/sessions"_s, {}, {{u"login"_s, u"clerk1"_s}, {u"password"_s, QString::fromLatin1(kPassword)}, {u"counter"_s, 1}})
            .json()
            .value(u"token"_s)
            .toString();
    t.supervisor = t.call("POST", u"/sessions"_s, {}, {{u"login"_s, u"super"_s}, {u"password"_s, QString::fromLatin1(kPassword)}})
                       .json()
                       .value(u"token"_s)
                       .toString();
    REQUIRE_FALSE(t.clerk.isEmpty());

    WebSocketListener events;
    events.open(t.server.url(u"/api/v1/events"_s), t.clerk);
    REQUIRE(waitFor([&] { return events.messageTypes().contains(u"hello"_s); }));

    // Tickets.
    const QJsonObject certificate{{u"services"_s, QJsonArray{u"certificate"_s}}, {u"language"_s, u"en"_s}};
    const Reply first = t.call("POST", u"/visits"_s, t.kiosk, certificate, {{"Idempotency-Key", "tour-1"}});
    REQUIRE(first.status == 201);
    const QString token = first.json().value(u"token"_s).toString();
    t.call("POST", u"/visits"_s, t.kiosk,
           {{u"services"_s, QJsonArray{u"moving"_s, u"certificate"_s}},
            {u"priority"_s, u"priority"_s},
            {u"needs"_s, QJsonArray{u"wheelchair"_s}},
            {u"language"_s, u"ja"_s}});
    t.call("POST", u"/visits"_s, t.kiosk,
           {{u"services"_s, QJsonArray{u"moving"_s}},
            {u"profile"_s,
             QJsonObject{{u"source"_s, u"card"_s},
                         {u"values"_s,
                          QJsonArray{QJsonObject{{u"field"_s, u"familyName"_s}, {u"value"_s, u"山田"_s}},
                                     QJsonObject{{u"field"_s, u"birthDate"_s}, {u"value"_s, u"19850230"_s}}}}}}});
    t.call("POST", u"/visits"_s, t.kiosk, {{u"services"_s, QJsonArray{u"tea"_s}}});
    t.call("POST", u"/visits"_s, t.kiosk,
           {{u"services"_s, QJsonArray{u"moving"_s, u"certificate"_s}},
            {u"route"_s,
             QJsonArray{QJsonObject{{u"procedures"_s, QJsonArray{u"move-in-notice"_s}}},
                        QJsonObject{{u"procedures"_s, QJsonArray{u"residence-certificate"_s}}, {u"after"_s, QJsonArray{u"moving"_s}}}}}});
    t.call("POST", u"/visits"_s, t.kiosk, certificate, {{"Idempotency-Key", "tour-1"}});
    t.raw("POST", u"/visits"_s, t.kiosk, "{not json", "application/json");
    t.raw("POST", u"/visits"_s, t.kiosk, "services=certificate", "text/plain");
    t.call("POST", u"/visits"_s, t.board, certificate);

    // The visitor's side.
    t.call("GET", u"/status/"_s + token);
    t.call("GET", u"/status/not-a-ticket"_s);
    t.call("POST", u"/status/%1/notify"_s.arg(token), {}, {{u"channel"_s, u"email"_s}, {u"address"_s, u"visitor@test.example"_s}});
    t.call("POST", u"/status/%1/notify"_s.arg(token), {}, {{u"channel"_s, u"email"_s}, {u"address"_s, u"visitor@test.example"_s}});
    t.call("POST", u"/status/%1/notify"_s.arg(token), {}, {{u"channel"_s, u"email"_s}, {u"address"_s, u"not an address"_s}});
    WebSocketListener live;
    live.open(t.server.url(u"/api/v1/status/%1/live"_s.arg(token)));
    REQUIRE(waitFor([&] { return !live.messages.isEmpty(); }));

    // Reservations.
    const QDateTime due = nextReservationSlot().addSecs(3600);
    const Reply booked = t.call("POST", u"/appointments"_s, t.clerk, reservationRequest(due));
    REQUIRE(booked.status == 201);
    const QString code = booked.json().value(u"code"_s).toString();
    t.call("POST", u"/appointments"_s, t.clerk, reservationRequest(due.addDays(-2)));
    t.call("GET", u"/appointments"_s, t.clerk);
    t.call("GET", u"/appointments?day=2026-13-01"_s, t.clerk);
    const Reply soon = t.call("POST", u"/appointments"_s, t.clerk, reservationRequest(nextReservationSlot()));
    const QString soonCode = soon.json().value(u"code"_s).toString();
    t.call("POST", u"/appointments/%1/check-in"_s.arg(soonCode), t.kiosk, {{u"language"_s, u"en"_s}});
    t.call("POST", u"/appointments/0000-0000/check-in"_s, t.kiosk);
    t.call("DELETE", u"/appointments/"_s + code, t.clerk);
    t.call("POST", u"/appointments/%1/check-in"_s.arg(code), t.kiosk);

    // Calls for a clerk.
    const Reply help = t.call("POST", u"/assistance"_s, t.kiosk, {{u"language"_s, u"en"_s}});
    t.call("GET", u"/assistance"_s, t.counterDevice);
    t.call("POST", u"/assistance/%1/answer"_s.arg(help.json().value(u"id"_s).toInteger()), t.clerk);
    t.call("POST", u"/assistance/999/answer"_s, t.clerk);

    // The counter: every action, and refusals.
    t.call("GET", u"/counters/1"_s, t.counterDevice);
    t.call("GET", u"/counters/99"_s, t.clerk);
    t.call("POST", u"/counters/1/call-next"_s, t.clerk); // closed
    t.call("POST", u"/counters/1/open"_s, t.clerk);
    t.call("POST", u"/counters/1/dance"_s, t.clerk);
    t.call("POST", u"/counters/2/open"_s, t.clerk);
    t.call("POST", u"/counters/1/call-next"_s, t.clerk);
    t.call("POST", u"/counters/1/recall"_s, t.clerk);
    t.call("POST", u"/counters/1/start"_s, t.clerk);
    t.call("POST", u"/counters/1/start"_s, t.clerk, {{u"extra"_s, 1}});
    t.call("GET", u"/counters/1"_s, t.clerk);
    t.call("GET", u"/board"_s, t.board);
    t.call("POST", u"/counters/1/transfer"_s, t.clerk, {{u"service"_s, u"moving"_s}, {u"keepPlace"_s, true}});
    t.call("POST", u"/counters/1/transfer"_s, t.clerk, {});
    const Reply next = t.call("POST", u"/counters/1/call-next"_s, t.clerk);
    t.call("POST", u"/counters/1/park"_s, t.clerk);
    t.call("POST", u"/counters/1/unpark"_s, t.clerk, {{u"number"_s, next.json()[u"visit"_s][u"number"_s].toString()}});
    t.call("POST", u"/counters/1/call"_s, t.clerk, {{u"number"_s, next.json()[u"visit"_s][u"number"_s].toString()}});
    // The called visitor's profile.
    const QString profile = u"/visits/%1/profile"_s.arg(next.json()[u"visit"_s][u"id"_s].toInteger());
    const auto values = [](const QString &source, const QString &field, const QString &value) {
        return QJsonObject{{u"source"_s, source}, {u"values"_s, QJsonArray{QJsonObject{{u"field"_s, field}, {u"value"_s, value}}}}};
    };
    t.call("GET", profile, t.clerk);
    t.call("PUT", profile, t.clerk, values(u"card"_s, u"address"_s, u"東京都千代田区霞が関1-2-3"_s));
    t.call("PUT", profile, t.clerk, values(u"clerk"_s, u"address"_s, u"東京都千代田区霞が関2-1"_s));
    t.call("PUT", profile, t.clerk, values(u"clerk"_s, u"birthDate"_s, u"2026-02-30"_s));
    t.call("POST", profile + u"/choice"_s, t.clerk, {{u"field"_s, u"address"_s}, {u"source"_s, u"clerk"_s}});
    t.call("GET", profile, t.clerk);
    t.call("GET", profile, t.kiosk);
    t.call("GET", u"/visits/999999/profile"_s, t.clerk);
    t.call("DELETE", profile, t.clerk);
    // Its steps: one added, refused twice, removed.
    const QString steps = u"/visits/%1/steps"_s.arg(next.json()[u"visit"_s][u"id"_s].toInteger());
    Reply added = t.call("POST", steps, t.clerk, {{u"service"_s, u"moving"_s}, {u"procedures"_s, QJsonArray{u"move-in-notice"_s}}});
    if (added.status != 200) // the visit is there for a move already
        added = t.call("POST", steps, t.clerk, {{u"service"_s, u"certificate"_s}});
    const QJsonArray visitSteps = added.json().value(u"steps"_s).toArray();
    t.call("DELETE", u"%1/%2"_s.arg(steps).arg(visitSteps.last()[u"id"_s].toInteger()), t.clerk);
    t.call("DELETE", steps + u"/999999"_s, t.clerk);
    t.call("POST", u"/counters/1/no-show"_s, t.clerk);
    t.call("POST", u"/counters/1/call-next"_s, t.clerk);
    t.call("POST", u"/counters/1/start"_s, t.clerk);
    t.call("POST", u"/counters/1/finish"_s, t.clerk, {{u"outcome"_s, u"issued"_s}});
    t.call("POST", u"/counters/1/finish"_s, t.clerk);
    t.call("POST", u"/counters/1/pause"_s, t.clerk);
    t.call("POST", u"/counters/2/call-next"_s, t.clerk); // another counter than the session's
    t.call("POST", u"/counters/2/open"_s, t.supervisor);
    t.call("POST", u"/counters/2/close"_s, t.supervisor);
    t.call("GET", u"/board"_s, t.board);
    t.call("GET", u"/status/"_s + token);

    REQUIRE(waitFor([&] { return events.eventTypes().contains(u"counter.closed"_s); }));
    REQUIRE(waitFor([&] { return live.messages.size() > 1; }));
    t.call("DELETE", u"/sessions"_s, t.supervisor);
    t.call("DELETE", u"/sessions"_s, t.supervisor);
    t.recordStream(u"events"_s, events);
    t.recordStream(u"live"_s, live);
}

} // namespace

TEST_CASE("Every answer of the running server is what the OpenAPI document describes", "[server][openapi]")
{
    Tour tour;
    walk(tour);
    QTemporaryDir dir;
    const Reply served = tour.server.request("GET", u"/api/v1/openapi.json"_s);
    REQUIRE(served.status == 200);
    const QJsonObject document = served.json();
    const QString path = writeDocument(dir, document);

    const auto [code, report] = validate(tour, path);
    INFO(report.toStdString());
    CHECK(code == 0);
    CHECK(report.startsWith(u"valid:"_s));

    SECTION("the validator finds a field the document does not describe")
    {
        QJsonObject broken = document;
        QJsonObject components = broken[u"components"_s].toObject();
        QJsonObject schemas = components[u"schemas"_s].toObject();
        QJsonObject ticket = schemas[u"Ticket"_s].toObject();
        QJsonObject properties = ticket[u"properties"_s].toObject();
        REQUIRE(properties.contains(u"ahead"_s));
        properties.remove(u"ahead"_s);
        ticket[u"properties"_s] = properties;
        schemas[u"Ticket"_s] = ticket;
        components[u"schemas"_s] = schemas;
        broken[u"components"_s] = components;
        const auto [brokenCode, brokenReport] = validate(tour, writeDocument(dir, broken));
        INFO(brokenReport.toStdString());
        CHECK(brokenCode != 0);
        CHECK(brokenReport.contains(u"ahead"_s));
    }
}

TEST_CASE("The OpenAPI document names what the code names, and every route", "[server][openapi]")
{
    ServerProcess server;
    server.start();
    const QJsonObject document = server.request("GET", u"/api/v1/openapi.json"_s).json();
    CHECK(enumOf(document, u"CounterAction"_s) == Api::counterActionNames());
    CHECK(enumOf(document, u"ErrorCode"_s) == Api::errorCodeNames());
    CHECK(enumOf(document, u"StreamMessageType"_s) == Api::streamMessageNames());
    CHECK(enumOf(document, u"EventType"_s) == eventTypeNames());
    QStringList pictograms;
    for (const QJsonValue &name :
         document[u"components"_s][u"schemas"_s][u"Service"_s][u"properties"_s][u"pictogram"_s][u"enum"_s].toArray())
        pictograms.append(name.toString());
    CHECK(pictograms == QStringList{QString()} + servicePictograms()); // and "" for none

    const QJsonObject paths = document.value(u"paths"_s).toObject();
    for (const RouteRule &rule : OfficeApi::routeRules()) {
        if (OfficeApi::isPage(rule.pattern))
            continue; // the status page and the pre-application page: HTML for people, not API
        // "counters/*/*" is "/counters/{counter}/{action}": compare with the parameters as "*".
        const QStringList documented = paths.keys();
        const bool found = std::any_of(documented.cbegin(), documented.cend(), [&](const QString &path) {
            QString shape = path.mid(1);
            shape.replace(QRegularExpression(u"\\{[^}]+\\}"_s), u"*"_s);
            return shape == rule.pattern && paths.value(path).toObject().contains(QString::fromLatin1(rule.method).toLower());
        });
        INFO(rule.method.toStdString() << " " << rule.pattern.toStdString());
        CHECK(found);
    }
}
