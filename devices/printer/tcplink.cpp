// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplink.h"

#include "common/translation.h"
#include "linkio.h"
#include "logging/devicelogging.h"

#include <QTcpSocket>

namespace Madoguchi {

TcpLink::TcpLink(QString host, quint16 port, int timeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{
}

TcpLink::~TcpLink() = default;

PrinterResult<Done> TcpLink::open()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return Done{};
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(m_timeoutMs)) {
        const QString reason = m_socket->errorString();
        m_socket.reset();
        qCInfo(lcPrinter) << "cannot connect to printer" << m_host << m_port << reason;
        return PrinterError{PrinterErrorCode::Unreachable,
                            DevicesTr::tr("Cannot connect to the printer at %1:%2 (%3).").arg(m_host).arg(m_port).arg(reason)};
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return Done{};
}

PrinterResult<Done> TcpLink::write(const QByteArray &bytes)
{
    if (!m_socket)
        return PrinterError{PrinterErrorCode::WriteFailed, DevicesTr::tr("The printer connection is closed.")};
    auto result = writeAll(*m_socket, bytes, m_timeoutMs);
    if (!result)
        close();
    return result;
}

PrinterResult<QByteArray> TcpLink::read(int count, int timeoutMs)
{
    if (!m_socket)
        return PrinterError{PrinterErrorCode::NoAnswer, DevicesTr::tr("The printer connection is closed.")};
    return readExactly(*m_socket, count, timeoutMs);
}

void TcpLink::discardInput()
{
    if (m_socket)
        discardAvailable(*m_socket);
}

void TcpLink::close()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
}

} // namespace Madoguchi
