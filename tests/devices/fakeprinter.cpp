// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprinter.h"

#include <QSerialPort>
#include <QTcpServer>
#include <QTcpSocket>

namespace Madoguchi::Test {
namespace {

const QByteArray kJobStart("\x1b\x40", 2);
const QByteArray kJobEnd("\x1d\x56\x42\x00", 4);

} // namespace

QByteArray FakePrinterProtocol::receive(const QByteArray &bytes)
{
    const std::lock_guard lock(m_mutex);
    m_pending += bytes;
    QByteArray reply;
    while (!m_pending.isEmpty()) {
        if (m_inJob) {
            const qsizetype end = m_pending.indexOf(kJobEnd);
            if (end < 0)
                break;
            m_jobs.last() += m_pending.left(end + kJobEnd.size());
            m_pending.remove(0, end + kJobEnd.size());
            finishJob();
        } else if (m_pending.startsWith(kJobStart)) {
            m_inJob = true;
            m_jobs.append(QByteArray());
        } else if (m_pending.size() >= 3 && m_pending.at(0) == 0x10 && m_pending.at(1) == 0x04) {
            ++m_statusRequests;
            if (!m_silent)
                reply.append(char(statusByte(m_pending.at(2))));
            m_pending.remove(0, 3);
        } else if (m_pending.size() < 3 && (m_pending.at(0) == 0x10 || m_pending.at(0) == 0x1b)) {
            break; // wait for the rest of the command
        } else {
            m_pending.remove(0, 1);
        }
    }
    return reply;
}

void FakePrinterProtocol::finishJob()
{
    m_inJob = false;
    if (m_untilNearEnd > 0 && --m_untilNearEnd == 0)
        m_status.paperNearEnd = true;
    else if (m_untilNearEnd == 0 && m_untilOut > 0 && --m_untilOut == 0)
        m_status.paperOut = true;
}

uchar FakePrinterProtocol::statusByte(int n) const
{
    uchar byte = 0x12;
    switch (n) {
    case 1: return byte | (m_status.online ? 0 : 0x08);
    case 2: return byte | (m_status.coverOpen ? 0x04 : 0) | (m_status.paperOut ? 0x20 : 0) | (m_status.error ? 0x40 : 0);
    case 4: return byte | (m_status.paperNearEnd || m_status.paperOut ? 0x0C : 0) | (m_status.paperOut ? 0x60 : 0);
    default: return byte;
    }
}

void FakePrinterProtocol::setStatus(const PrinterStatus &status)
{
    const std::lock_guard lock(m_mutex);
    m_status = status;
}

void FakePrinterProtocol::setPaper(int jobsUntilNearEnd, int jobsUntilOut)
{
    const std::lock_guard lock(m_mutex);
    m_untilNearEnd = jobsUntilNearEnd;
    m_untilOut = jobsUntilOut;
}

void FakePrinterProtocol::setSilent(bool silent)
{
    const std::lock_guard lock(m_mutex);
    m_silent = silent;
}

QList<QByteArray> FakePrinterProtocol::jobs() const
{
    const std::lock_guard lock(m_mutex);
    return m_jobs;
}

int FakePrinterProtocol::statusRequests() const
{
    const std::lock_guard lock(m_mutex);
    return m_statusRequests;
}

FakeNetworkPrinter::FakeNetworkPrinter()
{
    std::unique_lock lock(m_mutex);
    start();
    m_listening.wait(lock, [this] { return m_port != 0; });
}

FakeNetworkPrinter::~FakeNetworkPrinter()
{
    quit();
    wait();
}

void FakeNetworkPrinter::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray reply = m_protocol.receive(socket->readAll());
                if (!reply.isEmpty())
                    socket->write(reply);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    {
        const std::lock_guard lock(m_mutex);
        m_port = server.serverPort();
    }
    m_listening.notify_all();
    exec();
}

FakeSerialPrinter::FakeSerialPrinter(QString path)
    : m_path(std::move(path))
{
    std::unique_lock lock(m_mutex);
    start();
    m_opened.wait(lock, [this] { return m_ready; });
}

FakeSerialPrinter::~FakeSerialPrinter()
{
    quit();
    wait();
}

void FakeSerialPrinter::run()
{
    QSerialPort port(m_path);
    const bool opened = port.open(QIODevice::ReadWrite);
    QObject::connect(&port, &QSerialPort::readyRead, &port, [&] {
        const QByteArray reply = m_protocol.receive(port.readAll());
        if (!reply.isEmpty())
            port.write(reply);
    });
    {
        const std::lock_guard lock(m_mutex);
        m_ready = true;
    }
    m_opened.notify_all();
    if (opened)
        exec();
}

} // namespace Madoguchi::Test
