// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One-stop visits over the API: a kiosk issues a ticket with its route (the guide's procedures per
// step and what each waits for), the next step follows the route, a clerk adds and removes steps;
// a route that does not fit, a step of another service twice and hostile shapes are refused.
#include "liveoffice.h"

#include <catch2/catch.hpp>

#include "config/configloader.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject routedVisit()
{
    return {{u"services"_s, QJsonArray{u"certificate"_s, u"moving"_s}},
            {u"route"_s,
             QJsonArray{QJsonObject{{u"procedures"_s, QJsonArray{u"residence-certificate"_s}}, {u"after"_s, QJsonArray{u"moving"_s}}},
                        QJsonObject{{u"procedures"_s, QJsonArray{u"move-in-notice"_s}}}}}};
}

QJsonObject stepOf(const QJsonObject &visit, const QString &service)
{
    for (const QJsonValue &step : visit.value(u"steps"_s).toArray()) {
        if (step[u"service"_s].toString() == service && step[u"state"_s].toString() != u"cancelled"_s)
            return step.toObject();
    }
    return {};
}

/// A guide of one life event for the test office: a move, then a residence certificate after it.
void writeGuide(const QString &folder)
{
    const auto texts = [](const QString &table, const QString &text) -> QString {
        QString out = u"[%1]\n"_s.arg(table);
        for (const QString &language : ConfigLoader::supportedLanguages())
            out += u"%1 = \"%2\"\n"_s.arg(language, text);
        return out;
    };
    const auto procedure = [&](const QString &id, const QString &service, const QString &after) -> QString {
        return u"[[procedure]]\nid = \"%1\"\nservice = \"%2\"\nminutes = 10\n%3"_s.arg(id, service, after) + texts(u"procedure.name"_s, id)
            + texts(u"procedure.summary"_s, id);
    };
    QFile file(folder + u"/guide.toml"_s);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((u"[[question]]\nid = \"copy\"\n"_s + texts(u"question.text"_s, u"Copy?"_s) + texts(u"question.why"_s, u"why"_s)
                + u"[[event]]\nid = \"move-in\"\npictogram = \"moving\"\nquestions = [\"copy\"]\nrules = [\n"
                  "    { procedure = \"move-in-notice\" },\n    { procedure = \"residence-certificate\", when = \"copy\" },\n]\n"_s
                + texts(u"event.name"_s, u"Moving in"_s) + texts(u"event.summary"_s, u"Moving in"_s)
                + procedure(u"residence-certificate"_s, u"certificate"_s, u"after = [\"move-in-notice\"]\n"_s)
                + procedure(u"move-in-notice"_s, u"moving"_s, {}))
                   .toUtf8());
}

} // namespace

TEST_CASE("a pre-application's procedures become one routed ticket, planned by the office's guide", "[server][routing][guide]")
{
    QTemporaryDir guide;
    writeGuide(guide.path());
    LiveOffice o({}, [&](OfficeConfig &office) { office.guideCatalogue = guide.path(); });
    const QJsonObject profile{
        {u"source"_s, u"pre-application"_s},
        {u"values"_s, QJsonArray{QJsonObject{{u"field"_s, u"familyName"_s}, {u"person"_s, 0}, {u"value"_s, u"窓口"_s}}}}};
    const Reply issued =
        o.call("POST", u"/api/v1/visits"_s, o.kiosk,
               {{u"procedures"_s, QJsonArray{u"residence-certificate"_s, u"move-in-notice"_s, u"unknown-one"_s}}, {u"profile"_s, profile}});
    REQUIRE(issued.status == 201);
    CHECK(issued.json().value(u"services"_s).toArray() == QJsonArray{u"moving"_s, u"certificate"_s});
    // The ticket's checklist: each service's procedures by name, for the printed ticket.
    CHECK(issued.json().value(u"checklist"_s).toArray()
          == QJsonArray{QJsonArray{u"move-in-notice"_s}, QJsonArray{u"residence-certificate"_s}});
    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    const QJsonObject visit = o.call("GET", u"/api/v1/counters/1"_s, o.clerk).json()[u"counter"_s][u"visit"_s].toObject();
    CHECK(visit.value(u"routed"_s).toBool());
    CHECK(stepOf(visit, u"moving"_s).value(u"state"_s).toString() == u"called"_s);
    CHECK(stepOf(visit, u"certificate"_s).value(u"procedures"_s).toArray() == QJsonArray{u"residence-certificate"_s});
    CHECK(stepOf(visit, u"certificate"_s).value(u"after"_s).toArray() == QJsonArray{u"moving"_s});
    // The certificate counters see the visitor coming, with the procedure they bring.
    QJsonObject coming;
    for (const QJsonValue service : o.call("GET", u"/api/v1/services"_s, o.clerk).json().value(u"services"_s).toArray()) {
        if (service[u"code"_s].toString() == u"certificate"_s)
            coming = service[u"coming"_s].toArray().first().toObject();
        else
            CHECK(service[u"coming"_s].toArray().isEmpty());
    }
    CHECK(coming.value(u"number"_s) == issued.json().value(u"number"_s));
    CHECK(coming.value(u"now"_s).toString() == u"moving"_s);
    CHECK(coming.value(u"procedures"_s).toArray().first()[u"en"_s].toString() == u"residence-certificate"_s);
    for (const QString &device : {o.kiosk, o.board}) { // not to the hall's devices
        for (const QJsonValue service : o.call("GET", u"/api/v1/services"_s, device).json().value(u"services"_s).toArray())
            CHECK_FALSE(service.toObject().contains(u"coming"_s));
    }

    CHECK(o.call("POST", u"/api/v1/visits"_s, o.kiosk, {{u"procedures"_s, QJsonArray{u"unknown-one"_s}}}).status == 422);
    CHECK(o.call("POST", u"/api/v1/visits"_s, o.kiosk,
                 {{u"procedures"_s, QJsonArray{u"move-in-notice"_s}}, {u"services"_s, QJsonArray{u"moving"_s}}})
              .status
          == 400);
}

TEST_CASE("an office without a guide takes services, not procedures", "[server][routing][guide]")
{
    LiveOffice o;
    const Reply refused = o.call("POST", u"/api/v1/visits"_s, o.kiosk, {{u"procedures"_s, QJsonArray{u"move-in-notice"_s}}});
    CHECK(refused.status == 422);
    CHECK(refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"no life-event guide"_s));
}

TEST_CASE("a kiosk issues a routed ticket and a clerk changes its steps", "[server][routing]")
{
    LiveOffice o;
    const Reply issued = o.call("POST", u"/api/v1/visits"_s, o.kiosk, routedVisit());
    REQUIRE(issued.status == 201);
    CHECK(issued.json().value(u"services"_s).toArray() == QJsonArray{u"certificate"_s, u"moving"_s});
    // The visitor's phone says where they will be called: the move, which the certificate waits for.
    const QString status = u"/api/v1/status/"_s + issued.json().value(u"token"_s).toString();
    const QJsonObject first = o.call("GET", status, {}).json().value(u"next"_s).toObject();
    CHECK(first.value(u"service"_s).toString() == u"moving"_s);
    CHECK(first.value(u"counters"_s).toArray().contains(u"1番窓口"_s));

    // The certificate waits for the move: the move is called first.
    const Reply called = o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk);
    REQUIRE(called.status == 200);
    const QJsonObject view = o.call("GET", u"/api/v1/counters/1"_s, o.clerk).json()[u"counter"_s][u"visit"_s].toObject();
    const qint64 id = view.value(u"id"_s).toInteger();
    REQUIRE(id > 0);
    CHECK(view.value(u"routed"_s).toBool());
    CHECK(stepOf(view, u"moving"_s).value(u"state"_s).toString() == u"called"_s);
    CHECK(stepOf(view, u"certificate"_s).value(u"after"_s).toArray() == QJsonArray{u"moving"_s});
    CHECK(stepOf(view, u"moving"_s).value(u"procedures"_s).toArray() == QJsonArray{u"move-in-notice"_s});

    const QString steps = u"/api/v1/visits/%1/steps"_s.arg(id);
    const Reply twice = o.call("POST", steps, o.clerk, {{u"service"_s, u"certificate"_s}});
    CHECK(twice.status == 422);
    CHECK(o.call("POST", steps, o.clerk, {{u"service"_s, u"pets"_s}}).status == 422);
    CHECK(o.call("POST", steps, o.clerk, {{u"service"_s, u"certificate"_s}, {u"colour"_s, u"red"_s}}).status == 400);
    CHECK(o.call("POST", steps, o.kiosk, {{u"service"_s, u"certificate"_s}}).status == 403);
    CHECK(o.call("POST", u"/api/v1/visits/99999/steps"_s, o.clerk, {{u"service"_s, u"certificate"_s}}).status == 404);

    // The called step cannot be removed; the step to come can.
    const QString movingStep = u"%1/%2"_s.arg(steps).arg(stepOf(view, u"moving"_s).value(u"id"_s).toInteger());
    CHECK(o.call("DELETE", movingStep, o.clerk).status == 409);
    const QString certificateStep = u"%1/%2"_s.arg(steps).arg(stepOf(view, u"certificate"_s).value(u"id"_s).toInteger());
    const Reply removed = o.call("DELETE", certificateStep, o.clerk);
    REQUIRE(removed.status == 200);
    CHECK(stepOf(removed.json(), u"certificate"_s).isEmpty());
    CHECK(o.call("DELETE", certificateStep, o.clerk).status == 422);
    CHECK(o.call("DELETE", steps + u"/not-a-number"_s, o.clerk).status == 422);

    // Added again, after the move: it joins its queue when the move is done.
    const Reply added = o.call("POST", steps, o.clerk,
                               {{u"service"_s, u"certificate"_s},
                                {u"procedures"_s, QJsonArray{u"residence-certificate"_s}},
                                {u"after"_s, QJsonArray{u"moving"_s}}});
    REQUIRE(added.status == 200);
    CHECK(stepOf(added.json(), u"certificate"_s).value(u"state"_s).toString() == u"pending"_s);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/start"_s, o.clerk).status == 200);
    const Reply finished = o.call("POST", u"/api/v1/counters/1/finish"_s, o.clerk);
    REQUIRE(finished.status == 200);
    // The move done: the board's recent call and the page name the visit's next counter, before it is called.
    bool nextOnBoard = false;
    for (const QJsonValue call : o.call("GET", u"/api/v1/board"_s, o.board).json().value(u"recent"_s).toArray()) {
        if (call[u"number"_s].toString() == issued.json().value(u"number"_s).toString())
            nextOnBoard = call[u"next"_s][u"service"_s].toString() == u"certificate"_s && call[u"next"_s][u"prefix"_s].toString() == u"B"_s;
    }
    CHECK(nextOnBoard);
    CHECK(o.call("GET", status, {}).json().value(u"next"_s).toObject().value(u"service"_s).toString() == u"certificate"_s);
    const Reply page = o.call("GET", u"/s/"_s + issued.json().value(u"token"_s).toString(), {});
    REQUIRE(page.status == 200);
    const QString nextLine = QString::fromUtf8(page.body).section(u"id=\"next\""_s, 1).section(u"</p>"_s, 0, 0);
    CHECK(nextLine.contains(u"証明書"_s));
    CHECK_FALSE(nextLine.startsWith(u" hidden"_s));
    const QJsonObject after = o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).json();
    CHECK(after[u"visit"_s][u"id"_s].toInteger() == id);
}

TEST_CASE("a route that does not fit or is hostile is refused and issues nothing", "[server][routing][input]")
{
    LiveOffice o;
    const auto refused = [&](const QJsonValue &route) {
        QJsonObject body = routedVisit();
        body.insert(u"route"_s, route);
        return o.call("POST", u"/api/v1/visits"_s, o.kiosk, body).status;
    };
    CHECK(refused(QJsonArray{QJsonObject{}}) == 422);                                                  // one entry for two services
    CHECK(refused(QJsonArray{QJsonObject{{u"after"_s, QJsonArray{u"tax"_s}}}, QJsonObject{}}) == 422); // not a service of the visit
    CHECK(refused(QJsonArray{QJsonObject{{u"procedures"_s, QJsonArray{u"<script>"_s}}}, QJsonObject{}}) == 422);
    CHECK(refused(QJsonArray{QJsonObject{{u"colour"_s, 1}}, QJsonObject{}}) == 400);
    CHECK(refused(QJsonArray{1, 2}) == 400);
    CHECK(refused(u"moving"_s) == 400);
    QJsonArray many;
    for (int i = 0; i < 11; ++i)
        many.append(QJsonObject{});
    CHECK(refused(many) == 400);
    QJsonArray procedures;
    for (int i = 0; i < 31; ++i)
        procedures.append(u"p%1"_s.arg(i));
    CHECK(refused(QJsonArray{QJsonObject{{u"procedures"_s, procedures}}, QJsonObject{}}) == 400);
    const Reply services = o.call("GET", u"/api/v1/services"_s, o.kiosk);
    for (const QJsonValue &service : services.json().value(u"services"_s).toArray())
        CHECK(service[u"waiting"_s].toInt() == 0);
}
