// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The client library of the front ends against the real server process: typed calls, errors as
// a front end must tell them apart, the event stream with its connected state and its reconnection.
#include "serverprocess.h"

#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

TicketRequest ticketFor(const QString &service)
{
    TicketRequest request;
    request.services = {service};
    return request;
}

/// Runs an asynchronous call and waits for its one answer.
template<typename T, typename Call>
ClientResult<T> await(Call call)
{
    std::optional<ClientResult<T>> result;
    call([&result](const ClientResult<T> &answer) { result.emplace(answer); });
    REQUIRE(waitFor([&] { return result.has_value(); }, 20000));
    return *result;
}

struct ClientOffice {
    ServerProcess server;
    mutable QNetworkAccessManager network;
    QString kiosk, board;
    ClientOffice()
    {
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        board = server.deviceToken(u"board"_s, u"board-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())); }
    /// Issues a certificate ticket from a kiosk of its own.
    void issueCertificate() const
    {
        HttpOfficeClient client(base(), network);
        client.setToken(kiosk);
        REQUIRE(await<Ticket>([&](auto done) { client.issue(ticketFor(u"certificate"_s), done); }));
    }
};

} // namespace

TEST_CASE("the client's typed calls drive a whole visit", "[client]")
{
    ClientOffice o;
    HttpOfficeClient kiosk(o.base(), o.network);
    kiosk.setToken(o.kiosk);

    const auto overview = await<OfficeOverview>([&](auto done) { kiosk.overview(done); });
    REQUIRE(overview);
    CHECK(overview->services.size() == 2);
    CHECK(overview->services.first().name.text(u"ja"_s) == u"証明書"_s);
    CHECK(overview->languages.contains(u"ja"_s));

    TicketRequest request = ticketFor(u"certificate"_s);
    request.language = u"ja"_s;
    request.idempotencyKey = u"kiosk-1-0001"_s;
    const auto ticket = await<Ticket>([&](auto done) { kiosk.issue(request, done); });
    REQUIRE(ticket);
    CHECK(ticket->number.startsWith(u"B-"_s));
    CHECK(ticket->statusUrl.path() == u"/s/"_s + ticket->token);
    CHECK(ticket->estimate.known);
    const auto retried = await<Ticket>([&](auto done) { kiosk.issue(request, done); });
    REQUIRE(retried);
    CHECK(retried->number == ticket->number); // the same Idempotency-Key issues nothing new

    HttpOfficeClient counter(o.base(), o.network);
    const auto session = await<StaffLogin>([&](auto done) { counter.login(u"clerk1"_s, kPassword, 1, done); });
    REQUIRE(session);
    CHECK(session->role == u"clerk"_s);
    CHECK(counter.token() == session->token);
    const auto opened = await<CounterActionResult>([&](auto done) { counter.counterAction(1, CounterAction::Open, {}, done); });
    REQUIRE(opened);
    CHECK(opened->counterStatus == u"open"_s);
    const auto called = await<CounterActionResult>([&](auto done) { counter.counterAction(1, CounterAction::CallNext, {}, done); });
    REQUIRE(called);
    REQUIRE(called->visit);
    CHECK(called->visit->number == ticket->number);
    CHECK(called->status == u"called"_s);
    CHECK_FALSE(called->reasonCode.isEmpty());

    HttpOfficeClient board(o.base(), o.network);
    board.setToken(o.board);
    const auto view = await<BoardView>([&](auto done) { board.board(done); });
    REQUIRE(view);
    REQUIRE(view->calling.size() == 1);
    CHECK(view->calling.first().number == ticket->number);
    CHECK(view->calling.first().counter == 1);

    HttpOfficeClient visitor(o.base(), o.network);
    const auto status = await<PublicStatus>([&](auto done) { visitor.status(ticket->token, done); });
    REQUIRE(status);
    CHECK(status->status == u"called"_s);
    CHECK(status->counterName == u"1番窓口"_s);

    const auto finished = await<CounterActionResult>([&](auto done) {
        counter.counterAction(1, CounterAction::Finish, {{u"outcome"_s, u"issued"_s}}, done);
    });
    REQUIRE(finished);
    CHECK(finished->status == u"done"_s);

    REQUIRE(await<Done>([&](auto done) { counter.logout(done); }));
    CHECK(counter.token().isEmpty());
}

TEST_CASE("the client reads and changes a visit's profile, the kiosk's ticket bringing the card's values", "[client][profile]")
{
    ClientOffice o;
    HttpOfficeClient kiosk(o.base(), o.network);
    kiosk.setToken(o.kiosk);
    TicketRequest request = ticketFor(u"certificate"_s);
    request.profile = QJsonObject{{u"source"_s, u"card"_s},
                                  {u"values"_s,
                                   QJsonArray{QJsonObject{{u"field"_s, u"familyName"_s}, {u"value"_s, u"髙﨑"_s}},
                                              QJsonObject{{u"field"_s, u"address"_s}, {u"value"_s, u"埼玉県川口市青木一丁目"_s}}}}};
    const auto ticket = await<Ticket>([&](auto done) { kiosk.issue(request, done); });
    REQUIRE(ticket);
    CHECK(ticket->profileValuesKept == 2);

    HttpOfficeClient counter(o.base(), o.network);
    REQUIRE(await<StaffLogin>([&](auto done) { counter.login(u"clerk1"_s, kPassword, 1, done); }));
    REQUIRE(await<CounterActionResult>([&](auto done) { counter.counterAction(1, CounterAction::Open, {}, done); }));
    const auto called = await<CounterActionResult>([&](auto done) { counter.counterAction(1, CounterAction::CallNext, {}, done); });
    REQUIRE(called);
    REQUIRE(called->visit);
    const qint64 visit = called->visit->id;

    const auto read = await<VisitProfile>([&](auto done) { counter.profile(visit, done); });
    REQUIRE(read);
    CHECK(read->number == ticket->number);
    CHECK(read->profile.value({u"familyName"_s, 0}) == u"髙﨑"_s);
    CHECK(read->profile.candidates({u"familyName"_s, 0}).constFirst().source == ValueSource::Card);

    const QJsonObject typed{{u"source"_s, u"clerk"_s},
                            {u"values"_s, QJsonArray{QJsonObject{{u"field"_s, u"address"_s}, {u"value"_s, u"埼玉県川口市青木二丁目"_s}}}}};
    const auto changed = await<VisitProfile>([&](auto done) { counter.changeProfile(visit, typed, done); });
    REQUIRE(changed);
    CHECK(changed->profile.conflicts() == QList<FieldKey>{{u"address"_s, 0}});
    const auto chosen = await<VisitProfile>([&](auto done) {
        counter.chooseProfileValue(visit, {u"address"_s, 0}, ValueSource::Clerk, done);
    });
    REQUIRE(chosen);
    CHECK(chosen->profile.value({u"address"_s, 0}) == u"埼玉県川口市青木二丁目"_s);
    CHECK(chosen->profile.chosen({u"address"_s, 0}) == ValueSource::Clerk);

    const auto refused = await<VisitProfile>([&](auto done) { kiosk.profile(visit, done); });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ClientErrorCode::Forbidden);
}

TEST_CASE("client errors say what went wrong", "[client]")
{
    ClientOffice o;
    HttpOfficeClient kiosk(o.base(), o.network);
    kiosk.setToken(o.kiosk);

    const auto forbidden = await<CounterActionResult>([&](auto done) { kiosk.counterAction(1, CounterAction::CallNext, {}, done); });
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == ClientErrorCode::Forbidden);
    CHECK(forbidden.error().reason == Api::ErrorCode::Forbidden); // the server's own code, typed
    CHECK_FALSE(forbidden.error().message.isEmpty());

    const auto unknown = await<Ticket>([&](auto done) { kiosk.issue(ticketFor(u"passport"_s), done); });
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ClientErrorCode::Invalid);
    CHECK(unknown.error().reason == Api::ErrorCode::UnknownService);

    const auto missing = await<PublicStatus>([&](auto done) { kiosk.status(u"AAAAAAAAAAAAAAAAAAAAAA"_s, done); });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ClientErrorCode::NotFound);

    HttpOfficeClient stranger(o.base(), o.network);
    stranger.setToken(u"not-a-token"_s);
    const auto unauthorized = await<BoardView>([&](auto done) { stranger.board(done); });
    REQUIRE_FALSE(unauthorized);
    CHECK(unauthorized.error().code == ClientErrorCode::Unauthorized);

    o.server.kill();
    const auto unreachable = await<OfficeOverview>([&](auto done) { kiosk.overview(done); });
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().code == ClientErrorCode::Unreachable);
    CHECK_FALSE(unreachable.error().reason.has_value());
}

TEST_CASE("the event stream reports its state and reconnects after the server comes back", "[client][websocket]")
{
    ClientOffice o;
    const quint16 port = o.server.port();
    WebSocketEventStream stream(o.base());
    QList<ClientEvent> events;
    QObject::connect(&stream, &EventStream::eventsReceived, [&](const QList<ClientEvent> &batch) { events += batch; });
    QList<bool> changes;
    QObject::connect(&stream, &EventStream::connectedChanged, [&](bool connected) { changes.append(connected); });
    stream.start(o.board);
    REQUIRE(waitFor([&] { return stream.isConnected(); }));

    o.issueCertificate();
    REQUIRE(waitFor([&] { return !events.isEmpty(); }));
    CHECK(events.first().type == EventType::VisitIssued);
    CHECK(events.first().visit > 0);
    CHECK(events.first().at.isValid());

    o.server.kill();
    REQUIRE(waitFor([&] { return !stream.isConnected(); }));
    // Attempts fail while the server is down; the wait between them grows.
    REQUIRE(waitFor([&] { return stream.retryDelayMs() > WebSocketEventStream::kFirstRetryMs * 2; }, 15000));
    o.server.start(port);
    REQUIRE(waitFor([&] { return stream.isConnected(); }, 20000));
    CHECK(stream.retryDelayMs() == WebSocketEventStream::kFirstRetryMs);
    CHECK(changes == QList<bool>{true, false, true});

    events.clear();
    o.issueCertificate();
    REQUIRE(waitFor([&] { return !events.isEmpty(); }));
}

TEST_CASE("an event stream with a refused token stops and says why", "[client][websocket]")
{
    ClientOffice o;
    WebSocketEventStream stranger(o.base());
    QStringList refusals;
    QObject::connect(&stranger, &EventStream::refused, [&](const QString &message) { refusals.append(message); });
    stranger.start(u"not-a-token"_s);
    REQUIRE(waitFor([&] { return refusals.size() == 1; }));
    CHECK_FALSE(refusals.first().isEmpty());
    CHECK_FALSE(stranger.isConnected());
}

namespace {

/// A WebSocket server that says hello and then nothing at all, not even a pong: what a client sees
/// of a server whose network went away without a word (a half-open connection).
class SilentServer
{
public:
    SilentServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    const qsizetype keyAt = request.indexOf("Sec-WebSocket-Key: ");
                    if (!request.contains("\r\n\r\n") || keyAt < 0 || socket->property("upgraded").toBool())
                        return; // half a request, or a ping after the upgrade: never answered
                    const QByteArray key = request.mid(keyAt + 19, request.indexOf("\r\n", keyAt) - keyAt - 19);
                    const QByteArray accept =
                        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                            .toBase64();
                    const QByteArray hello = R"({"type":"hello","role":"board","lastEvent":0})";
                    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Accept: "
                                  + accept + "\r\n\r\n");
                    socket->write(QByteArray("\x81", 1) + char(hello.size()) + hello);
                    socket->setProperty("upgraded", true);
                });
            }
        });
    }
    [[nodiscard]] QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

TEST_CASE("an event stream whose server stops answering pings counts as disconnected and connects again", "[client][websocket]")
{
    SilentServer silent;
    WebSocketEventStream stream(silent.url());
    stream.setPingInterval(std::chrono::milliseconds(200));
    QList<bool> changes;
    QObject::connect(&stream, &EventStream::connectedChanged, [&](bool connected) { changes.append(connected); });
    stream.start(u"a-token"_s);
    REQUIRE(waitFor([&] { return stream.isConnected(); }));
    REQUIRE(waitFor([&] { return !stream.isConnected(); }, 5000));
    CHECK(changes == QList<bool>{true, false});
    REQUIRE(waitFor([&] { return silent.connections() >= 2; }, 5000)); // and it tries again by itself
}

TEST_CASE("an event stream that comes back resumes after the last event it received", "[client][websocket]")
{
    ClientOffice o;
    WebSocketEventStream stream(o.base());
    QList<ClientEvent> events;
    QList<bool> replays;
    QObject::connect(&stream, &EventStream::eventsReceived, [&](const QList<ClientEvent> &batch, bool replayed) {
        events += batch;
        replays.append(replayed);
    });
    stream.start(o.board);
    REQUIRE(waitFor([&] { return stream.isConnected(); }));
    o.issueCertificate();
    REQUIRE(waitFor([&] { return !events.isEmpty(); }));
    const qint64 seen = stream.lastEventId();
    CHECK(seen == events.last().id);

    stream.stop();
    o.issueCertificate();
    o.issueCertificate();
    events.clear();
    replays.clear();
    stream.start(o.board);
    REQUIRE(waitFor([&] { return events.size() >= 2; }));
    CHECK(replays.first());
    CHECK(events.at(0).id == seen + 1);
    CHECK(events.at(0).type == EventType::VisitIssued);
    CHECK(events.at(1).id == seen + 2);
    CHECK(stream.lastEventId() == seen + 2);
}
