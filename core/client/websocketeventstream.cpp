// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketeventstream.h"

#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Madoguchi {

WebSocketEventStream::WebSocketEventStream(const QUrl &server, QObject *parent)
    : EventStream(parent)
    , m_url(server)
{
    m_url.setScheme(server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    m_url.setPath(server.path() + u"/api/v1/events"_s);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WebSocketEventStream::open);
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &WebSocketEventStream::checkAlive);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_heard.restart(); });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WebSocketEventStream::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &WebSocketEventStream::onClosed);
    // A connection that never opened reports an error and may not report a disconnection.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onClosed();
    });
}

WebSocketEventStream::~WebSocketEventStream()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void WebSocketEventStream::start(const QString &token)
{
    m_token = token;
    m_running = true;
    m_retryMs = kFirstRetryMs;
    m_retry.stop();
    m_socket.abort();
    open();
}

void WebSocketEventStream::stop()
{
    m_running = false;
    m_retry.stop();
    m_ping.stop();
    m_socket.close();
    setConnected(false);
}

void WebSocketEventStream::open()
{
    if (!m_running)
        return;
    QUrl url = m_url;
    if (m_lastEventId > 0) // resume after the last event received
        url.setQuery(u"after=%1"_s.arg(m_lastEventId));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    m_socket.open(request);
}

void WebSocketEventStream::checkAlive()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (m_heard.isValid() && m_heard.elapsed() > 2 * m_ping.interval()) {
        qCInfo(lcClient) << "event stream: the server stopped answering; reconnecting";
        m_socket.abort(); // no close frame would arrive on a half-open connection
        onClosed();
        return;
    }
    m_socket.ping();
}

void WebSocketEventStream::onMessage(const QString &text)
{
    m_heard.restart();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const std::optional<Api::StreamMessage> type = Api::streamMessageNamed(message.value(u"type"_s).toString());
    if (!type)
        return; // a kind of message a newer server sends: not for this client
    switch (*type) {
    case Api::StreamMessage::Hello:
        m_retryMs = kFirstRetryMs;
        m_ping.start();
        // A server whose log ends before our last event is not the one we followed (restored, reset).
        if (const qint64 latest = qint64(message.value(u"lastEvent"_s).toDouble()); latest < m_lastEventId)
            m_lastEventId = latest;
        setConnected(true);
        return;
    case Api::StreamMessage::Resync: Q_EMIT resyncNeeded(); return;
    case Api::StreamMessage::Error:
        m_running = false;
        Q_EMIT refused(message.value(u"error"_s).toObject().value(u"message"_s).toString());
        return;
    case Api::StreamMessage::Events: {
        QList<ClientEvent> events;
        for (const QJsonValue &value : message.value(u"events"_s).toArray()) {
            if (auto event = ClientJson::event(value.toObject()); event && event->id > m_lastEventId)
                events.append(*event);
        }
        if (!events.isEmpty()) {
            m_lastEventId = events.last().id;
            Q_EMIT eventsReceived(events, message.value(u"replayed"_s).toBool());
        }
        return;
    }
    case Api::StreamMessage::Assistance:
        Q_EMIT assistanceReceived(ClientJson::assistanceCalls(message.value(u"calls"_s).toArray()));
        return;
    }
}

void WebSocketEventStream::onClosed()
{
    m_ping.stop();
    m_heard.invalidate();
    setConnected(false);
    if (!m_running || m_retry.isActive())
        return;
    qCInfo(lcClient) << "event stream closed:" << m_socket.closeReason() << "- next attempt in" << m_retryMs << "ms";
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
}

void WebSocketEventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace Madoguchi
