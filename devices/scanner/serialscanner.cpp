// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialscanner.h"

#include "common/translation.h"
#include "scan/scanerror.h"

namespace Madoguchi {

SerialScanner::SerialScanner(QString path, qint32 baud, QObject *parent)
    : ReconnectingScanner(parent)
    , m_path(std::move(path))
    , m_baud(baud)
    , m_framer(kMaxScanBytes)
{
}

SerialScanner::~SerialScanner()
{
    closeDevice();
}

QString SerialScanner::description() const
{
    return DevicesTr::tr("serial scanner %1").arg(m_path);
}

std::optional<QString> SerialScanner::openDevice()
{
    auto port = std::make_unique<QSerialPort>(m_path);
    if (!port->open(QIODevice::ReadOnly))
        return DevicesTr::tr("The scanner %1 is not connected (%2).").arg(m_path, port->errorString());
    port->setBaudRate(m_baud);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(QSerialPort::NoFlowControl);
    m_port = port.release();
    m_port->setParent(this);
    m_framer.reset();
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanner::portFailed);
    return std::nullopt;
}

void SerialScanner::closeDevice()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    m_port->deleteLater(); // may be inside one of its own signals
    m_port = nullptr;
}

void SerialScanner::readAvailable()
{
    const QList<QByteArray> scans = m_framer.feed(m_port->readAll());
    for (const QByteArray &scan : scans)
        Q_EMIT scanned(scan);
}

void SerialScanner::portFailed(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    deviceLost(DevicesTr::tr("The scanner %1 was disconnected. Waiting for it to come back.").arg(m_path));
}

} // namespace Madoguchi
