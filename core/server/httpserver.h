// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncounter.h"
#include "httpconnection.h"
#include "httpmessage.h"

#include "common/result.h"
#include "config/serverconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;

namespace Madoguchi {

enum class ListenErrorCode { BadTlsFiles, CannotListen, Insecure };
template<typename T>
using ListenResult = Result<T, ListenErrorCode>;

/// The HTTP/1.1 and WebSocket listener, written for a server that anyone on the network can reach:
/// every connection counted against a cap per client address and in all (refused at once beyond),
/// every request read within the limits of ServerLimits (HttpConnection), WebSocket upgrades handed
/// to Qt WebSockets with a bounded handshake and bounded messages. The rest of the server sees only
/// HttpRequest, HttpResponse and QWebSocket.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = HttpConnection::Handler;

    HttpServer(Handler handler, const ServerLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Loads a PEM certificate and key; afterwards every connection is TLS 1.2 or later with the
    /// ciphers of a current published server profile, and every answer carries HSTS.
    [[nodiscard]] ListenResult<Done> useTls(const QString &certificateFile, const QString &keyFile);
    /// Starts listening; returns the port (useful with port 0) or an error message.
    [[nodiscard]] ListenResult<quint16> start(const ListenAddress &address);

    /// Connections open now (HTTP and WebSocket), in all and from one address.
    [[nodiscard]] int openConnections() const { return m_counter.total(); }
    [[nodiscard]] int openConnections(const QHostAddress &address) const { return m_counter.from(address); }

Q_SIGNALS:
    /// A WebSocket connection was upgraded; the receiver takes ownership.
    void webSocketOpened(QWebSocket *socket);

private:
    void connectionArrived(qintptr descriptor);
    void upgrade(QTcpSocket *socket);
    void noteRefused(const QHostAddress &address);

    Handler m_handler;
    const ServerLimits &m_limits;
    std::unique_ptr<QTcpServer> m_listener;
    std::optional<QSslConfiguration> m_tls;
    QList<std::pair<QByteArray, QByteArray>> m_serverHeaders;
    ConnectionCounter m_counter;
    int m_refusedSinceLog = 0;
    QElapsedTimer m_sinceLog;
};

} // namespace Madoguchi
