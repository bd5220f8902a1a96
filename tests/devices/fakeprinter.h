// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <mutex>

namespace Madoguchi::Test {

/// What a printer on the other end of a link does with the bytes it receives: answers DLE EOT
/// status requests from its state, collects jobs (ESC @ … GS V), and uses up paper per job.
class FakePrinterProtocol
{
public:
    /// The reply to the bytes received so far.
    [[nodiscard]] QByteArray receive(const QByteArray &bytes);

    void setStatus(const PrinterStatus &status);
    /// The roll runs near its end after this many more jobs, and out after that many more.
    void setPaper(int jobsUntilNearEnd, int jobsUntilOut);
    /// Stops answering status requests (a printer that hangs).
    void setSilent(bool silent);
    [[nodiscard]] QList<QByteArray> jobs() const;
    [[nodiscard]] int statusRequests() const;

private:
    [[nodiscard]] uchar statusByte(int n) const;
    void finishJob();

    mutable std::mutex m_mutex;
    PrinterStatus m_status{true, true, false, false, false, false};
    int m_untilNearEnd = -1;
    int m_untilOut = -1;
    bool m_silent = false;
    bool m_inJob = false;
    QByteArray m_pending;
    QList<QByteArray> m_jobs;
    int m_statusRequests = 0;
};

/// A network receipt printer on 127.0.0.1 (raw port protocol), served from its own thread so the
/// blocking printer code under test can talk to it.
class FakeNetworkPrinter : public QThread
{
public:
    FakeNetworkPrinter();
    ~FakeNetworkPrinter() override;
    [[nodiscard]] quint16 port() const { return m_port; }
    FakePrinterProtocol &protocol() { return m_protocol; }

protected:
    void run() override;

private:
    FakePrinterProtocol m_protocol;
    quint16 m_port = 0;
    std::mutex m_mutex;
    std::condition_variable m_listening;
};

/// A serial receipt printer on the far end of a pty pair, served from its own thread.
class FakeSerialPrinter : public QThread
{
public:
    explicit FakeSerialPrinter(QString path);
    ~FakeSerialPrinter() override;
    FakePrinterProtocol &protocol() { return m_protocol; }

protected:
    void run() override;

private:
    QString m_path;
    FakePrinterProtocol m_protocol;
    std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_ready = false;
};

} // namespace Madoguchi::Test
