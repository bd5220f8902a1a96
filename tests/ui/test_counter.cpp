// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter console against the real server process: login, opening, calling with the reason,
// start, finish, refusals shown as messages with the true state re-read, no-show and pause, calls
// for a clerk; and its screens in every language rendered by the real `madoguchi counter --screenshots`.
#include "serverprocess.h"
#include "uitestsupport.h"

#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"
#include "common/clock.h"
#include "counter/countercontroller.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QNetworkAccessManager>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

struct CounterRig {
    QTemporaryDir work;
    ServerProcess server{openSampleOffice(work)};
    QString kioskToken;
    QNetworkAccessManager network;
    std::unique_ptr<HttpOfficeClient> client;
    std::unique_ptr<WebSocketEventStream> events;
    SystemClock clock;
    std::unique_ptr<CounterController> console;

    CounterRig()
    {
        kioskToken = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        client = std::make_unique<HttpOfficeClient>(base(), network);
        events = std::make_unique<WebSocketEventStream>(base());
        console = std::make_unique<CounterController>(*client, *events, clock, 1, u"ja"_s);
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())); }
    QString issue(const QString &service)
    {
        const Reply reply = server.request("POST", u"/api/v1/visits"_s, kioskToken, {{u"services"_s, QJsonArray{service}}});
        REQUIRE(reply.status == 201);
        return reply.json().value(u"number"_s).toString();
    }
    /// A one-stop visit for the guide's procedures, planned by the server from the sample office's guide.
    QString issueRouted(const QStringList &procedures)
    {
        const Reply reply =
            server.request("POST", u"/api/v1/visits"_s, kioskToken, {{u"procedures"_s, QJsonArray::fromStringList(procedures)}});
        REQUIRE(reply.status == 201);
        return reply.json().value(u"number"_s).toString();
    }
    /// Runs a step and waits until the console has re-read the counter.
    void settle(const std::function<void()> &step)
    {
        QSignalSpy settled(console.get(), &CounterController::settled);
        step();
        REQUIRE(waitFor([&] { return !settled.isEmpty() && !console->busy(); }));
    }
};

} // namespace

TEST_CASE("The counter console logs in, calls, serves and finishes a visitor", "[counter]")
{
    CounterRig rig;
    const QString first = rig.issue(u"moving"_s);
    const QString second = rig.issue(u"moving"_s);

    rig.settle([&] { rig.console->login(u"clerk1"_s, u"wrong password"_s); });
    CHECK_FALSE(rig.console->loggedIn());
    CHECK_FALSE(rig.console->message().isEmpty());

    rig.settle([&] { rig.console->login(u"clerk1"_s, QString::fromUtf8(kPassword)); });
    REQUIRE(rig.console->loggedIn());
    CHECK(rig.console->message().isEmpty());
    CHECK(rig.console->staff() == u"clerk1"_s);
    CHECK(rig.console->counterStatus() == u"closed"_s);

    rig.settle([&] { rig.console->act(CounterAction::CallNext); });
    CHECK(rig.console->message() == u"1番窓口は閉じています。呼出の前に開けてください。"_s); // refused, told in the console's language
    CHECK(rig.console->visitNumber().isEmpty());

    rig.settle([&] { rig.console->act(CounterAction::Open); });
    CHECK(rig.console->counterStatus() == u"open"_s);
    const QVariantList queues = rig.console->queues();
    REQUIRE_FALSE(queues.isEmpty());
    CHECK(queues.at(0).toMap().value(u"name"_s).toString() == u"住民異動"_s);
    CHECK(queues.at(0).toMap().value(u"waiting"_s).toInt() == 2);
    CHECK(queues.at(0).toMap().value(u"longestWait"_s).toInt() >= 0); // someone waits, since the tickets were issued
    CHECK(queues.at(1).toMap().value(u"longestWait"_s).toInt() == -1);

    rig.settle([&] { rig.console->act(CounterAction::CallNext); });
    CHECK(rig.console->visitNumber() == first);
    CHECK(rig.console->visitStatus() == u"called"_s);
    CHECK(rig.console->reason().startsWith(u"到着順：")); // in the console's language, not the server's
    REQUIRE(rig.console->visitSteps().size() == 1);
    CHECK(rig.console->visitSteps().at(0).toMap().value(u"service"_s).toString() == u"住民異動"_s);
    CHECK(rig.console->visitSteps().at(0).toMap().value(u"here"_s).toBool());

    rig.settle([&] { rig.console->act(CounterAction::Start); });
    CHECK(rig.console->visitStatus() == u"serving"_s);
    rig.settle([&] { rig.console->act(CounterAction::Finish, {{u"outcome"_s, u"issued"_s}}); });
    CHECK(rig.console->visitNumber().isEmpty());
    CHECK(rig.console->reason().isEmpty());

    SECTION("a visitor who does not come")
    {
        rig.settle([&] { rig.console->act(CounterAction::Call, {{u"number"_s, second}}); });
        CHECK(rig.console->visitNumber() == second);
        rig.settle([&] { rig.console->act(CounterAction::NoShow); });
        CHECK(rig.console->visitNumber().isEmpty());
        CHECK(rig.console->queues().at(0).toMap().value(u"waiting"_s).toInt() == 0);
    }
    SECTION("a parked visitor is listed with the queue, to call back")
    {
        rig.settle([&] { rig.console->act(CounterAction::Call, {{u"number"_s, second}}); });
        rig.settle([&] { rig.console->act(CounterAction::Park); });
        CHECK(rig.console->visitNumber().isEmpty());
        CHECK(rig.console->queues().at(0).toMap().value(u"parked"_s).toStringList() == QStringList{second});
    }
    SECTION("a pause")
    {
        rig.settle([&] { rig.console->act(CounterAction::Pause); });
        CHECK(rig.console->counterStatus() == u"paused"_s);
    }
    SECTION("a new ticket shows in the queues without asking")
    {
        rig.issue(u"certificate"_s);
        REQUIRE(waitFor([&] {
            const QVariantList now = rig.console->queues();
            return now.size() > 1 && now.at(1).toMap().value(u"waiting"_s).toInt() == 1;
        }));
    }
    rig.console->logout();
    CHECK_FALSE(rig.console->loggedIn());
}

TEST_CASE("The counter console sees one-stop visitors coming to its services, with what they bring", "[counter][routing]")
{
    CounterRig rig;
    const QString number = rig.issueRouted({u"move-in-notice"_s, u"kokuho-join"_s});
    rig.settle([&] { rig.console->login(u"clerk1"_s, QString::fromUtf8(kPassword)); });
    rig.settle([&] { rig.console->act(CounterAction::Open); });
    rig.settle([&] { rig.console->act(CounterAction::CallNext); });
    REQUIRE(rig.console->visitNumber() == number);
    QStringList coming;
    for (const QVariant &queue : rig.console->queues()) {
        const QVariantMap service = queue.toMap();
        if (service.value(u"code"_s).toString() == u"kokuho"_s)
            coming = service.value(u"coming"_s).toStringList();
        else
            CHECK(service.value(u"coming"_s).toStringList().isEmpty());
    }
    REQUIRE(coming.size() == 1);
    CHECK(coming.constFirst().startsWith(number));
    CHECK(coming.constFirst().contains(u"国民健康保険"_s)); // the procedure by its name in the console's language
}

TEST_CASE("The counter console screens render in every language, called and serving, with a call for a clerk", "[counter][screenshots]")
{
    CounterRig rig;
    const QString folder = QStringLiteral(MADOGUCHI_SCREENSHOTS "/counter");
    QDir(folder).removeRecursively();
    // A one-stop visitor first: called at counter 1, the queues show them coming to the insurance desk.
    rig.issueRouted({u"move-in-notice"_s, u"kokuho-join"_s});
    // A kiosk's call for a clerk stays open through the tour: its banner is checked in every language.
    REQUIRE(rig.server.request("POST", u"/api/v1/assistance"_s, rig.kioskToken, {{u"language"_s, u"ne"_s}}).status == 201);
    for (const QString &language : sampleLanguages()) {
        rig.issue(u"moving"_s);
        runFrontEnd({u"counter"_s, u"--server"_s, rig.base().toString(), u"--counter"_s, u"1"_s, u"--lang"_s, language, u"--login"_s,
                     u"clerk1"_s, u"--screenshots"_s, folder},
                    kPassword + '\n');
        for (const QString &step : {u"login"_s, u"idle"_s, u"called"_s, u"serving"_s, u"forms"_s, u"forms-card"_s}) {
            INFO(step.toStdString() << " in " << language.toStdString());
            const QImage image(QDir(folder).filePath(u"counter-%1-%2.png"_s.arg(step, language)));
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(1366, 768));
            CHECK_FALSE(isBlank(image));
        }
    }
}

TEST_CASE("A call for a clerk from a kiosk reaches the console at once and is answered from it", "[counter][assistance]")
{
    CounterRig rig;
    rig.settle([&] { rig.console->login(u"clerk1"_s, QString::fromUtf8(kPassword)); });
    REQUIRE(waitFor([&] { return rig.events->isConnected(); }));
    CHECK(rig.console->assistance().isEmpty());

    const Reply call = rig.server.request("POST", u"/api/v1/assistance"_s, rig.kioskToken, {{u"language"_s, u"vi"_s}});
    REQUIRE(call.status == 201);
    REQUIRE(waitFor([&] { return rig.console->assistance().size() == 1; })); // pushed over the event stream
    const QVariantMap shown = rig.console->assistance().at(0).toMap();
    CHECK(shown.value(u"kiosk"_s).toString() == u"kiosk-1"_s);
    CHECK(shown.value(u"language"_s).toString() == u"vi"_s);
    CHECK(shown.value(u"id"_s).toLongLong() == call.json().value(u"id"_s).toInteger());
    // The time is the office's (Tokyo), as every time a clerk reads, whatever the machine's zone (UTC here).
    const QDateTime requested = QDateTime::fromString(call.json().value(u"requestedAt"_s).toString(), Qt::ISODateWithMs);
    REQUIRE(requested.isValid());
    CHECK(shown.value(u"since"_s).toString() == requested.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"HH:mm"_s));
    CHECK(shown.value(u"since"_s).toString() != requested.toLocalTime().toString(u"HH:mm"_s));

    // The visitor touches the button again: still one call.
    CHECK(rig.server.request("POST", u"/api/v1/assistance"_s, rig.kioskToken, {}).json().value(u"id"_s) == call.json().value(u"id"_s));

    rig.console->answerCall(shown.value(u"id"_s).toLongLong());
    REQUIRE(waitFor([&] { return rig.console->assistance().isEmpty(); }));
    CHECK(rig.server.request("GET", u"/api/v1/assistance"_s, rig.kioskToken).status == 403); // kiosks call, they do not list
    const Reply open = rig.server.request("GET", u"/api/v1/assistance"_s, rig.client->token());
    CHECK(open.status == 200);
    CHECK(open.json().value(u"calls"_s).toArray().isEmpty());
}
