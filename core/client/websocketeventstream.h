// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstream.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace Madoguchi {

/// The queue events of a real office server (/api/v1/events), over a WebSocket. Reconnects by itself
/// after a dropped connection, waiting 1 s, then 2, 4 … up to 30 s between attempts; `connected` says
/// whether events are flowing now. The server is pinged every few seconds: a connection that stops answering (a pulled cable, a server that froze — no close
/// ever arrives) counts as dropped. A reconnection resumes after the last event received, so the
/// events of the gap arrive (marked replayed) before the new ones; when the server cannot replay
/// them all it says so (resyncNeeded) and the front end re-reads what it shows.
class WebSocketEventStream : public EventStream
{
    Q_OBJECT
public:
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30000;
    static constexpr int kPingMs = 5000;

    explicit WebSocketEventStream(const QUrl &server, QObject *parent = nullptr);
    ~WebSocketEventStream() override;

    void start(const QString &token) override;
    void stop() override;
    [[nodiscard]] bool isConnected() const override { return m_connected; }
    /// The wait before the next attempt after a failure.
    [[nodiscard]] int retryDelayMs() const { return m_retryMs; }
    /// How often the server is pinged; without an answer for twice this, the connection is dropped.
    void setPingInterval(std::chrono::milliseconds interval) { m_ping.setInterval(interval); }
    /// The id of the last event received (0 before any).
    [[nodiscard]] qint64 lastEventId() const { return m_lastEventId; }

private:
    void open();
    void onMessage(const QString &text);
    void onClosed();
    void checkAlive();
    void setConnected(bool connected);

    QUrl m_url;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_ping;
    QElapsedTimer m_heard; ///< since the server last said anything (a pong counts)
    qint64 m_lastEventId = 0;
    int m_retryMs = kFirstRetryMs;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace Madoguchi
