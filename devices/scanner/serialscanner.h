// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineframer.h"
#include "reconnectingscanner.h"

#include <QSerialPort>

#include <memory>

namespace Madoguchi {

/// A scanner in USB CDC-ACM ("virtual COM") or RS-232 mode: exact bytes, one scan per line (CR, LF or
/// CR LF). Survives being unplugged: it reopens the port (best by its /dev/serial/by-id name) when
/// it is back.
class SerialScanner : public ReconnectingScanner
{
    Q_OBJECT
public:
    SerialScanner(QString path, qint32 baud, QObject *parent = nullptr);
    ~SerialScanner() override;

    [[nodiscard]] QString description() const override;

protected:
    [[nodiscard]] std::optional<QString> openDevice() override;
    void closeDevice() override;

private:
    void readAvailable();
    void portFailed(QSerialPort::SerialPortError error);

    QString m_path;
    qint32 m_baud;
    QSerialPort *m_port = nullptr;
    LineFramer m_framer;
};

} // namespace Madoguchi
