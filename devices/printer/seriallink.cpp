// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriallink.h"

#include "common/translation.h"
#include "linkio.h"
#include "logging/devicelogging.h"

#include <QSerialPort>

namespace Madoguchi {

SerialLink::SerialLink(QString path, qint32 baud, int timeoutMs)
    : m_path(std::move(path))
    , m_baud(baud)
    , m_timeoutMs(timeoutMs)
{
}

SerialLink::~SerialLink() = default;

PrinterResult<Done> SerialLink::open()
{
    if (m_port && m_port->isOpen() && m_port->error() == QSerialPort::NoError)
        return Done{};
    m_port = std::make_unique<QSerialPort>(m_path);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString reason = m_port->errorString();
        m_port.reset();
        qCInfo(lcPrinter) << "cannot open serial printer" << m_path << reason;
        return PrinterError{PrinterErrorCode::Unreachable, DevicesTr::tr("Cannot open the serial printer %1 (%2).").arg(m_path, reason)};
    }
    m_port->setBaudRate(m_baud);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::HardwareControl);
    return Done{};
}

PrinterResult<Done> SerialLink::write(const QByteArray &bytes)
{
    if (!m_port)
        return PrinterError{PrinterErrorCode::WriteFailed, DevicesTr::tr("The printer connection is closed.")};
    auto result = writeAll(*m_port, bytes, m_timeoutMs);
    if (!result)
        close();
    return result;
}

PrinterResult<QByteArray> SerialLink::read(int count, int timeoutMs)
{
    if (!m_port)
        return PrinterError{PrinterErrorCode::NoAnswer, DevicesTr::tr("The printer connection is closed.")};
    return readExactly(*m_port, count, timeoutMs);
}

void SerialLink::discardInput()
{
    if (m_port)
        discardAvailable(*m_port);
}

void SerialLink::close()
{
    m_port.reset();
}

} // namespace Madoguchi
