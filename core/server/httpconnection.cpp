// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "apierror.h"

#include "common/logging.h"

#include <QFutureWatcher>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

HttpResponse internalError()
{
    return errorResponse({500, Api::ErrorCode::Internal, ApiTr::tr("The server could not answer this request.")});
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ServerLimits &limits, const Handler &handler,
                               const QList<std::pair<QByteArray, QByteArray>> &serverHeaders, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(handler)
    , m_serverHeaders(serverHeaders)
{
    socket->setParent(this);
    // The socket never buffers more than one request: beyond, TCP tells the client to wait.
    socket->setReadBufferSize(qint64(limits.headerBytes) + limits.bodyBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::deadlinePassed);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::written);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_deadline.start(std::chrono::seconds(limits.headerSeconds));
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::waitForRequest(bool idle)
{
    m_phase = Phase::Head;
    m_idle = idle;
    m_head.reset();
    m_deadline.start(std::chrono::seconds(idle ? m_limits.idleSeconds : m_limits.headerSeconds));
}

void HttpConnection::readRequests()
{
    if (m_phase == Phase::Lingering) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    while (m_phase == Phase::Head || m_phase == Phase::Body) {
        if (m_phase == Phase::Head) {
            if (m_socket->bytesAvailable() == 0)
                return;
            if (m_idle) // the next request has begun: it has the header time to arrive whole
                waitForRequest(false);
            const HttpHeadParse parsed = parseRequestHead(m_socket->peek(m_limits.headerBytes), m_limits);
            if (parsed.refusal) {
                refuse(*parsed.refusal);
                return;
            }
            if (parsed.needsMore())
                return;
            m_head = parsed.head;
            if (m_head->webSocketUpgrade) {
                m_phase = Phase::Closing;
                m_deadline.stop();
                disconnect(m_socket, nullptr, this, nullptr);
                QTcpSocket *socket = m_socket;
                socket->setParent(nullptr);
                m_socket = nullptr;
                Q_EMIT upgradeRequested(socket);
                deleteLater();
                return;
            }
            m_socket->skip(m_head->size);
            m_phase = Phase::Body;
            m_deadline.start(std::chrono::seconds(m_limits.bodySeconds));
            if (m_head->expectsContinue && m_head->contentLength > 0 && m_socket->bytesAvailable() == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_socket->bytesAvailable() < m_head->contentLength)
            return;
        QByteArray body = m_socket->read(m_head->contentLength);
        const HttpRequestHead head = *std::exchange(m_head, std::nullopt);
        answer(head, std::move(body));
    }
}

void HttpConnection::answer(const HttpRequestHead &head, QByteArray body)
{
    HttpRequest request;
    request.method = head.method;
    request.path = head.path;
    request.query = head.query;
    request.headers = head.headers;
    request.body = std::move(body);
    request.peer = m_socket->peerAddress();
    request.encrypted = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    const bool withBody = head.method != "HEAD";
    HttpResponse response = m_handler(request);
    if (!response.later.isValid())
        return write(response, head.keepAlive, withBody);
    // Worked out off the event loop: wait for it without reading further requests.
    m_phase = Phase::Handling;
    m_deadline.stop();
    auto *watcher = new QFutureWatcher<ResponseMaker>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, keepAlive = head.keepAlive, withBody] {
        watcher->deleteLater();
        const ResponseMaker make = watcher->future().resultCount() > 0 ? watcher->future().result() : ResponseMaker();
        write(make ? make() : internalError(), keepAlive, withBody);
    });
    watcher->setFuture(response.later);
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive, bool withBody)
{
    m_keepAlive = keepAlive;
    auto bytes = responseBytes(response, {keepAlive, withBody, m_serverHeaders});
    if (!bytes) {
        qCCritical(lcServer) << "a response to" << response.status << "had an unsafe header; answered 500 instead";
        m_keepAlive = false;
        bytes = responseBytes(internalError(), {false, withBody, m_serverHeaders});
    }
    m_phase = Phase::Writing;
    // The client has the idle time to take the answer.
    m_deadline.start(std::chrono::seconds(m_limits.idleSeconds));
    m_socket->write(*bytes);
}

void HttpConnection::refuse(const HttpHeadRefusal &refusal)
{
    write(errorResponse({refusal.status, refusal.code, refusal.message}), false, true);
}

void HttpConnection::linger()
{
    m_phase = Phase::Lingering;
    m_deadline.start(kLingerMs);
    // The answer is with the kernel: end the sending side (FIN), keep reading until the client closes.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::written()
{
    if (m_phase != Phase::Writing || m_socket->bytesToWrite() > 0)
        return;
    if (!m_keepAlive)
        return linger();
    waitForRequest(true);
    // A pipelined request may already be waiting.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::deadlinePassed()
{
    switch (m_phase) {
    case Phase::Head:
        if (m_idle || m_socket->bytesAvailable() == 0) {
            m_phase = Phase::Closing;
            m_socket->disconnectFromHost();
            return;
        }
        [[fallthrough]];
    case Phase::Body: refuse({408, Api::ErrorCode::RequestTimeout, ApiTr::tr("The request did not arrive in time.")}); return;
    case Phase::Handling:
    case Phase::Writing:
    case Phase::Lingering:
    case Phase::Closing: m_socket->abort(); return;
    }
}

} // namespace Madoguchi
