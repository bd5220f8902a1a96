// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "httprequesthead.h"
#include "httpresponsebytes.h"

#include "config/serverconfig.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace Madoguchi {

/// One client connection of the HTTP server: reads requests within the limits (head size, field
/// count, body size from Content-Length before the body is read, and a deadline for each phase),
/// answers them in order with keep-alive, and hands a WebSocket upgrade over with its head unread.
/// A connection it ends lingers: its sending side is shut, and what the client still sends (the rest
/// of a refused request) is read and dropped for a moment, so that the client reads the answer
/// instead of losing it to a reset. Owns its socket and deletes itself when the connection ends.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    /// How long an ending connection reads and drops what the client still sends.
    static constexpr int kLingerMs = 2000;

    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    /// Takes over a connected socket (plain or TLS; a TLS socket may still be in its handshake).
    HttpConnection(QTcpSocket *socket, const ServerLimits &limits, const Handler &handler,
                   const QList<std::pair<QByteArray, QByteArray>> &serverHeaders, QObject *parent);

Q_SIGNALS:
    /// The client asked for a WebSocket: the socket, no longer this connection's, with the request's
    /// head still unread in its buffer.
    void upgradeRequested(QTcpSocket *socket);

private:
    enum class Phase : quint8 { Head, Body, Handling, Writing, Lingering, Closing };

    void readRequests();
    void answer(const HttpRequestHead &head, QByteArray body);
    void write(const HttpResponse &response, bool keepAlive, bool withBody);
    void refuse(const HttpHeadRefusal &refusal);
    void written();
    void linger();
    void deadlinePassed();
    void waitForRequest(bool idle);

    QTcpSocket *m_socket;
    const ServerLimits &m_limits;
    const Handler &m_handler;
    const QList<std::pair<QByteArray, QByteArray>> &m_serverHeaders;
    QTimer m_deadline;
    Phase m_phase = Phase::Head;
    bool m_idle = false; ///< between requests: nothing of the next one has arrived yet
    bool m_keepAlive = true;

    std::optional<HttpRequestHead> m_head;
};

} // namespace Madoguchi
