#pragma once

#include "assistance/assistancecall.h"
#include "auth/principal.h"
#include "queue/event.h"
#include "queue/queuestate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <list>

class QWebSocket;

namespace Madoguchi {

class Clock;
class OfficeApi;

/// The WebSocket side of the server. "/api/v1/events" pushes every committed queue event to
/// authenticated subscribers (token in an Authorization header, or a first message
/// {"token": "…"}); "/api/v1/status/{token}/live" pushes one visit's public status when it changes.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(OfficeApi &api, const Clock &clock, QObject *parent = nullptr);
    ~EventHub() override;

    /// Takes over an upgraded connection.
    void accept(QWebSocket *socket);
    /// Sends committed events to subscribers and, from state (the queue after them), fresh status to
    /// the watchers whose visit changed.
    void publish(const QList<Madoguchi::Event> &events, const QueueState &state);

    /// Sends the open calls for a clerk to the counter consoles (staff and counter terminals).
    void publishAssistance(const QList<AssistanceCall> &calls);

    /// How long a subscriber has to authenticate, and how often its session is checked again.
    static constexpr int kAuthenticateMs = 10000;
    static constexpr qint64 kRecheckMs = 60000;

private:
    struct Subscriber {
        QWebSocket *socket = nullptr;
        std::optional<Principal> principal;
        QString token;
        QDateTime checkedAt;
    };
    struct Watcher {
        QWebSocket *socket = nullptr;
        QString token;
        QByteArray lastSent;
    };

    void acceptSubscriber(QWebSocket *socket);
    void acceptWatcher(QWebSocket *socket, const QString &token);
    bool authenticate(Subscriber &subscriber, const QString &token);
    void sendStatus(Watcher &watcher, const std::optional<QJsonObject> &status);
    void forget(QWebSocket *socket);
    /// Sends a message to every authenticated subscriber whose role passes the filter.
    void send(const QString &message, bool (*forRole)(Role));

    OfficeApi &m_api;
    const Clock &m_clock;
    std::list<Subscriber> m_subscribers;
    std::list<Watcher> m_watchers;
};

} // namespace Madoguchi
