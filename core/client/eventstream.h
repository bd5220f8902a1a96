#pragma once

#include "clienttypes.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace Madoguchi {

/// The queue events of an office server (/api/v1/events) as they happen, for a front end that keeps
/// its view current. Reconnects by itself after a dropped connection, waiting 1 s, then 2, 4 … up to
/// 30 s between attempts; `connected` says whether events are flowing now. After a reconnection a
/// front end should re-read what it shows, since events of the gap are not replayed.
class EventStream : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
public:
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30000;

    explicit EventStream(const QUrl &server, QObject *parent = nullptr);
    ~EventStream() override;

    /// Connects with the device or session token and keeps connecting until stop().
    void start(const QString &token);
    void stop();

    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// The wait before the next attempt after a failure.
    [[nodiscard]] int retryDelayMs() const { return m_retryMs; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void eventsReceived(const QList<Madoguchi::ClientEvent> &events);
    /// The open calls for a clerk changed (sent to counter consoles only).
    void assistanceReceived(const QList<Madoguchi::AssistanceCall> &calls);
    /// The server refused the token; the stream stops (log in again, then start()).
    void refused(const QString &message);

private:
    void open();
    void onMessage(const QString &text);
    void onClosed();
    void setConnected(bool connected);

    QUrl m_url;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_retry;
    int m_retryMs = kFirstRetryMs;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace Madoguchi
