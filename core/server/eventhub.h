// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assistance/assistancecall.h"
#include "auth/principal.h"
#include "config/serverconfig.h"
#include "queue/event.h"
#include "queue/queuestate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <list>

class QWebSocket;

namespace Madoguchi {

class Clock;
class OfficeApi;
class QueueStore;

/// The WebSocket side of the server. "/api/v1/events" pushes every committed queue event to
/// authenticated subscribers (token in an Authorization header, or a first message
/// {"token": "…"}); a subscriber that names the last event it saw (?after=ID, or "after" in the
/// first message) first gets the events it missed from the event log. "/api/v1/status/{token}/live"
/// pushes one visit's public status when it changes, a bounded number per client address, each for
/// a bounded time. Every socket is pinged; one that stays silent is dropped.
///
/// Sockets are never closed or freed while the lists that hold them are walked: a close is sent from
/// the event loop, and a socket that is gone is removed from there too.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(OfficeApi &api, const QueueStore &log, const Clock &clock, const ServerLimits &limits, QObject *parent = nullptr);
    ~EventHub() override;

    /// Takes over an upgraded connection.
    void accept(QWebSocket *socket);
    /// Sends committed events to subscribers and, from state (the queue after them), fresh status to
    /// the watchers whose visit changed.
    void publish(const QList<Madoguchi::Event> &events, const QueueState &state);
    /// Sends the open calls for a clerk to the counter consoles (staff and counter terminals).
    void publishAssistance(const QList<AssistanceCall> &calls);
    /// Checks every subscriber's token again now: those revoked, disabled or ended are cut.
    void recheckCredentials();

    /// Subscribers and watchers connected now.
    [[nodiscard]] int subscriberCount() const;
    [[nodiscard]] int watcherCount() const;

    /// How often a subscriber's session is checked again while events flow.
    static constexpr qint64 kRecheckMs = 60000;
    /// At most this many missed events are sent to a subscriber that resumes; beyond, it is told to
    /// read everything again ({"type": "resync"}).
    static constexpr int kReplayLimit = 500;

private:
    enum class Kind : quint8 { Subscriber, Watcher };
    struct Connection {
        QWebSocket *socket = nullptr;
        Kind kind = Kind::Subscriber;
        QString address; ///< the client's address key
        std::optional<Principal> principal;
        QString token; ///< a subscriber's credential, a watcher's public token
        QDateTime checkedAt;
        QByteArray lastSent; ///< a watcher's last status
        QElapsedTimer heard; ///< since the client last said anything (a pong counts)
        bool closing = false;
    };

    void acceptSubscriber(Connection &connection, std::optional<qint64> after);
    void acceptWatcher(Connection &connection, const QString &token);
    void firstMessage(QWebSocket *socket, const QString &message);
    bool authenticate(Connection &subscriber, const QString &token);
    void replay(Connection &subscriber, qint64 after);
    void sendStatus(Connection &watcher, const std::optional<QJsonObject> &status);
    void pingAll();
    /// Sends a message to every authenticated subscriber whose role passes the filter.
    void send(const QString &staffMessage, const QString &deviceMessage, bool (*forRole)(Role));
    /// Sends the close frame from the event loop, never from inside a walk of the lists.
    void closeLater(Connection &connection, QWebSocketProtocol::CloseCode code, const QString &reason);
    void forget(QWebSocket *socket);
    [[nodiscard]] Connection *find(QWebSocket *socket);

    OfficeApi &m_api;
    const QueueStore &m_log;
    const Clock &m_clock;
    const ServerLimits &m_limits;
    std::list<Connection> m_connections;
    QTimer m_ping;
};

} // namespace Madoguchi
