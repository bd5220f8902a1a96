// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventhub.h"

#include "apierror.h"
#include "apiviews.h"
#include "connectioncounter.h"
#include "officeapi.h"

#include "common/clock.h"
#include "common/logging.h"
#include "ports/queuestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr auto kPolicyViolation = QWebSocketProtocol::CloseCodePolicyViolated;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString bearer(const QWebSocket &socket)
{
    const QByteArray value = socket.request().rawHeader("Authorization").trimmed();
    return value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0 ? QString::fromLatin1(value.mid(7).trimmed()) : QString();
}

/// The id of the last event a resuming subscriber saw; none when it is not a non-negative number.
std::optional<qint64> eventId(const QJsonValue &value)
{
    const double id = value.toDouble(-1);
    if (id < 0 || id > 9.0e15 || id != std::floor(id))
        return std::nullopt;
    return qint64(id);
}

std::optional<qint64> eventId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id >= 0 ? std::optional(id) : std::nullopt;
}

/// Boards and kiosks are shown no visitor's needs or reservation code.
bool staffView(Role role)
{
    return role != Role::Kiosk && role != Role::Board;
}

QString eventsMessage(const QList<Event> &events, bool forStaff, bool replayed)
{
    QJsonArray list;
    for (const Event &event : events)
        list.append(ApiViews::event(event, forStaff));
    QJsonObject message{{u"type"_s, Api::apiName(Api::StreamMessage::Events)}, {u"events"_s, list}};
    if (replayed)
        message.insert(u"replayed"_s, true);
    return compact(message);
}

} // namespace

EventHub::EventHub(OfficeApi &api, const QueueStore &log, const Clock &clock, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_log(log)
    , m_clock(clock)
    , m_limits(limits)
{
    m_ping.setInterval(std::chrono::seconds(limits.pingSeconds));
    connect(&m_ping, &QTimer::timeout, this, &EventHub::pingAll);
    m_ping.start();
}

EventHub::~EventHub()
{
    for (const Connection &connection : m_connections) {
        disconnect(connection.socket, nullptr, this, nullptr);
        delete connection.socket;
    }
}

EventHub::Connection *EventHub::find(QWebSocket *socket)
{
    for (Connection &connection : m_connections) {
        if (connection.socket == socket)
            return connection.closing ? nullptr : &connection;
    }
    return nullptr;
}

int EventHub::subscriberCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const Connection &c) { return c.kind == Kind::Subscriber && !c.closing; }));
}

int EventHub::watcherCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const Connection &c) { return c.kind == Kind::Watcher && !c.closing; }));
}

void EventHub::accept(QWebSocket *socket)
{
    socket->setParent(nullptr);
    m_connections.push_back({socket, Kind::Subscriber, addressKey(socket->peerAddress()), std::nullopt, {}, {}, {}, {}, false});
    Connection &connection = m_connections.back();
    connection.heard.start();
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (Connection *c = find(socket))
            c->heard.restart();
    });
    const QUrl url = socket->requestUrl();
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (path == QStringList{u"api"_s, u"v1"_s, u"events"_s}) {
        acceptSubscriber(connection, eventId(QUrlQuery(url).queryItemValue(u"after"_s)));
    } else if (path.size() == 5 && path.at(0) == u"api" && path.at(1) == u"v1" && path.at(2) == u"status" && path.at(4) == u"live") {
        connection.kind = Kind::Watcher;
        acceptWatcher(connection, path.at(3));
    } else {
        closeLater(connection, kPolicyViolation, u"no such stream"_s);
    }
}

void EventHub::acceptSubscriber(Connection &connection, std::optional<qint64> after)
{
    QWebSocket *socket = connection.socket;
    if (const QString token = bearer(*socket); !token.isEmpty()) {
        if (authenticate(connection, token) && after)
            replay(connection, *after);
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) { firstMessage(socket, message); });
    QTimer::singleShot(std::chrono::seconds(m_limits.authenticateSeconds), socket, [this, socket] {
        if (Connection *waiting = find(socket); waiting && !waiting->principal)
            closeLater(*waiting, kPolicyViolation, u"not authenticated"_s);
    });
}

void EventHub::firstMessage(QWebSocket *socket, const QString &message)
{
    Connection *connection = find(socket);
    if (!connection)
        return;
    connection->heard.restart();
    if (connection->principal)
        return; // subscribers have nothing more to say
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (authenticate(*connection, object.value(u"token"_s).toString())) {
        if (const auto after = eventId(object.value(u"after"_s)))
            replay(*connection, *after);
    }
}

bool EventHub::authenticate(Connection &subscriber, const QString &token)
{
    const auto principal = m_api.authenticate(token);
    if (!principal) {
        subscriber.socket->sendTextMessage(compact(
            {{u"type"_s, Api::apiName(Api::StreamMessage::Error)},
             {u"error"_s,
              QJsonObject{{u"code"_s, Api::apiName(apiError(principal.error()).code)}, {u"message"_s, principal.error().message}}}}));
        closeLater(subscriber, kPolicyViolation, principal.error().message);
        return false;
    }
    const bool first = !subscriber.principal;
    subscriber.principal = *principal;
    subscriber.token = token;
    subscriber.checkedAt = m_clock.now();
    if (first) {
        // The newest event tells a resuming client whether its last one is still in this log.
        const auto newest = m_log.latestEventId();
        const qint64 latest = newest ? *newest : 0;
        subscriber.socket->sendTextMessage(compact(
            {{u"type"_s, Api::apiName(Api::StreamMessage::Hello)}, {u"role"_s, roleName(principal->role)}, {u"lastEvent"_s, latest}}));
        qCInfo(lcServer) << "event subscriber" << principal->actor();
    }
    return true;
}

void EventHub::replay(Connection &subscriber, qint64 after)
{
    const auto missed = m_log.events(after, kReplayLimit + 1);
    const auto latest = m_log.latestEventId();
    if (!missed || !latest || missed->size() > kReplayLimit || after > *latest) {
        subscriber.socket->sendTextMessage(compact({{u"type"_s, Api::apiName(Api::StreamMessage::Resync)}}));
        return;
    }
    if (!missed->isEmpty())
        subscriber.socket->sendTextMessage(eventsMessage(*missed, staffView(subscriber.principal->role), true));
}

void EventHub::acceptWatcher(Connection &connection, const QString &token)
{
    const auto sameAddress = std::count_if(m_connections.cbegin(), m_connections.cend(), [&](const Connection &c) {
        return c.kind == Kind::Watcher && !c.closing && c.address == connection.address;
    });
    if (sameAddress > m_limits.watchersPerAddress) {
        closeLater(connection, kPolicyViolation, u"too many live pages from this address"_s);
        return;
    }
    if (!m_api.allowPublic(connection.socket->peerAddress())) {
        closeLater(connection, QWebSocketProtocol::CloseCodeTooMuchData, u"rate limited"_s);
        return;
    }
    connection.token = token;
    QWebSocket *socket = connection.socket;
    QTimer::singleShot(std::chrono::seconds(m_limits.watcherSeconds), socket, [this, socket] {
        if (Connection *watcher = find(socket))
            closeLater(*watcher, QWebSocketProtocol::CloseCodeGoingAway, u"expired"_s);
    });
    sendStatus(connection, m_api.publicStatus(token));
}

void EventHub::sendStatus(Connection &watcher, const std::optional<QJsonObject> &status)
{
    if (!status) {
        closeLater(watcher, kPolicyViolation, u"unknown ticket"_s);
        return;
    }
    const QString text = compact(*status);
    const QByteArray bytes = text.toUtf8();
    if (bytes == watcher.lastSent)
        return;
    watcher.lastSent = bytes;
    watcher.socket->sendTextMessage(text);
}

void EventHub::publish(const QList<Event> &events, const QueueState &state)
{
    send(eventsMessage(events, true, false), eventsMessage(events, false, false), [](Role) { return true; });
    for (Connection &watcher : m_connections) {
        if (watcher.kind == Kind::Watcher && !watcher.closing && !watcher.token.isEmpty())
            sendStatus(watcher, m_api.publicStatus(state, watcher.token));
    }
}

void EventHub::publishAssistance(const QList<AssistanceCall> &calls)
{
    const QString message =
        compact({{u"type"_s, Api::apiName(Api::StreamMessage::Assistance)}, {u"calls"_s, ApiViews::assistanceCalls(calls)}});
    send(message, message, [](Role role) { return role == Role::Counter || isStaffRole(role); });
}

void EventHub::send(const QString &staffMessage, const QString &deviceMessage, bool (*forRole)(Role))
{
    const QDateTime now = m_clock.now();
    for (Connection &subscriber : m_connections) {
        if (subscriber.kind != Kind::Subscriber || subscriber.closing || !subscriber.principal || !forRole(subscriber.principal->role))
            continue;
        if (subscriber.checkedAt.msecsTo(now) > kRecheckMs && !authenticate(subscriber, subscriber.token))
            continue;
        subscriber.socket->sendTextMessage(staffView(subscriber.principal->role) ? staffMessage : deviceMessage);
    }
}

void EventHub::recheckCredentials()
{
    int cut = 0;
    for (Connection &subscriber : m_connections) {
        if (subscriber.kind == Kind::Subscriber && !subscriber.closing && subscriber.principal
            && !authenticate(subscriber, subscriber.token)) {
            qCInfo(lcServer) << "event subscriber" << subscriber.principal->actor() << "cut: its credentials no longer hold";
            ++cut;
        }
    }
    if (cut > 0)
        qCInfo(lcServer) << cut << "event subscriber(s) cut after a change of credentials";
}

void EventHub::pingAll()
{
    const qint64 silentMs = 2 * qint64(m_limits.pingSeconds) * 1000;
    const QDateTime now = m_clock.now();
    for (Connection &connection : m_connections) {
        if (connection.closing)
            continue;
        if (connection.heard.elapsed() > silentMs) {
            // Half-open: no close frame would arrive; drop it.
            connection.closing = true;
            QMetaObject::invokeMethod(connection.socket, &QWebSocket::abort, Qt::QueuedConnection);
            continue;
        }
        if (connection.principal && connection.checkedAt.msecsTo(now) > kRecheckMs && !authenticate(connection, connection.token))
            continue;
        connection.socket->ping();
    }
}

void EventHub::closeLater(Connection &connection, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (connection.closing)
        return;
    connection.closing = true;
    QWebSocket *socket = connection.socket;
    QMetaObject::invokeMethod(
        socket, [socket, code, reason] { socket->close(code, reason); }, Qt::QueuedConnection);
}

void EventHub::forget(QWebSocket *socket)
{
    // Called from the socket's own signal, perhaps while a list is walked: mark now, remove later.
    for (Connection &connection : m_connections) {
        if (connection.socket == socket)
            connection.closing = true;
    }
    QMetaObject::invokeMethod(
        this,
        [this, socket] {
            if (m_connections.remove_if([socket](const Connection &connection) { return connection.socket == socket; }) > 0)
                socket->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Madoguchi
