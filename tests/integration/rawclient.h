// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

namespace Madoguchi::Test {

/// A TCP client that sends the server raw bytes: for the requests no well-behaved HTTP library
/// sends (huge, endless, slow, malformed), from any loopback address.
class RawClient
{
public:
    /// Connects from a loopback address (127.0.0.1 unless told) to the server's port.
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost));

    /// Starts connecting without waiting (for floods); sends the bytes once connected.
    static std::unique_ptr<RawClient> opening(quint16 port, const QHostAddress &from, const QByteArray &bytes);

    [[nodiscard]] bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] bool closed() const { return m_closed; }
    void send(const QByteArray &bytes);
    /// Waits for one whole response (its head and Content-Length body) or for the connection to end;
    /// false on timeout.
    bool waitForResponse(int timeoutMs = 10000);
    /// Waits for the server to close the connection; false on timeout.
    bool waitForClose(int timeoutMs = 10000);

    /// Everything received so far.
    [[nodiscard]] const QByteArray &received() const { return m_received; }
    /// The status of the first response received (0 before one).
    [[nodiscard]] int status() const;
    /// The value of a header of the first response; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

private:
    RawClient() = default;
    void watch();
    [[nodiscard]] bool responseComplete() const;

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

} // namespace Madoguchi::Test
