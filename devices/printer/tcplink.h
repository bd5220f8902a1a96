// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

#include <memory>

class QTcpSocket;

namespace Madoguchi {

/// A network printer's raw port (tcp://host:9100): the same stream carries the job and the status replies.
class TcpLink final : public PrinterLink
{
public:
    TcpLink(QString host, quint16 port, int timeoutMs);
    ~TcpLink() override;

    [[nodiscard]] PrinterResult<Done> open() override;
    [[nodiscard]] PrinterResult<Done> write(const QByteArray &bytes) override;
    [[nodiscard]] PrinterResult<QByteArray> read(int count, int timeoutMs) override;
    void discardInput() override;
    [[nodiscard]] bool answers() const override { return true; }
    void close() override;

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace Madoguchi
