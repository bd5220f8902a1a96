// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

#include <memory>

class QSerialPort;

namespace Madoguchi {

/// An RS-232 or USB-serial printer (serial:///dev/ttyUSB0?baud=38400), 8N1 with hardware flow control.
class SerialLink final : public PrinterLink
{
public:
    SerialLink(QString path, qint32 baud, int timeoutMs);
    ~SerialLink() override;

    [[nodiscard]] PrinterResult<Done> open() override;
    [[nodiscard]] PrinterResult<Done> write(const QByteArray &bytes) override;
    [[nodiscard]] PrinterResult<QByteArray> read(int count, int timeoutMs) override;
    void discardInput() override;
    [[nodiscard]] bool answers() const override { return true; }
    void close() override;

private:
    QString m_path;
    qint32 m_baud;
    int m_timeoutMs;
    std::unique_ptr<QSerialPort> m_port;
};

} // namespace Madoguchi
