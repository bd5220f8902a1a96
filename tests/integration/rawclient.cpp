// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawclient.h"

#include "httpcall.h"

#include <catch2/catch.hpp>

namespace Madoguchi::Test {

RawClient::RawClient(quint16 port, const QHostAddress &from)
{
    watch();
    REQUIRE(m_socket.bind(from));
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    REQUIRE(waitFor([this] { return connected() || m_closed; }));
    REQUIRE(connected());
}

std::unique_ptr<RawClient> RawClient::opening(quint16 port, const QHostAddress &from, const QByteArray &bytes)
{
    std::unique_ptr<RawClient> client(new RawClient);
    client->watch();
    RawClient *self = client.get();
    QObject::connect(&client->m_socket, &QTcpSocket::connected, [self, bytes] { self->send(bytes); });
    client->m_socket.bind(from);
    client->m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return client;
}

void RawClient::watch()
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_closed = true;
    });
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawClient::responseComplete() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray length = header("Content-Length");
    return m_received.size() >= end + 4 + length.toLongLong();
}

bool RawClient::waitForResponse(int timeoutMs)
{
    return waitFor([this] { return responseComplete() || m_closed; }, timeoutMs);
}

bool RawClient::waitForClose(int timeoutMs)
{
    return waitFor([this] { return m_closed; }, timeoutMs);
}

int RawClient::status() const
{
    if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
        return 0;
    return m_received.mid(9, 3).toInt();
}

QByteArray RawClient::header(const QByteArray &name) const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    for (const QByteArray &line : m_received.left(end < 0 ? m_received.size() : end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace Madoguchi::Test
