// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/codescanner.h"

#include <QTimer>

#include <chrono>
#include <optional>

namespace Madoguchi {

/// The part every plugged-in scanner shares: open the device, and when it is missing or goes away,
/// tell a person once and try again until it is back (unplug and replug, a scanner switched on late).
class ReconnectingScanner : public CodeScanner
{
    Q_OBJECT
public:
    explicit ReconnectingScanner(QObject *parent = nullptr);

    void start() override;
    void stop() override;
    [[nodiscard]] bool isConnected() const override { return m_connected; }

    /// How long to wait between attempts to open a missing device (one second by default).
    void setRetryInterval(std::chrono::milliseconds interval) { m_retry.setInterval(interval); }

protected:
    /// Opens the device; nothing on success, otherwise why not (translated).
    [[nodiscard]] virtual std::optional<QString> openDevice() = 0;

    /// Releases the device; safe to call when it is closed.
    virtual void closeDevice() = 0;

    /// The device failed or went away: closes it, tells why (once) and retries.
    void deviceLost(const QString &message);

private:
    void tryOpen();
    void setConnected(bool connected);
    void tell(const QString &message);

    QTimer m_retry;
    bool m_running = false;
    bool m_connected = false;
    QString m_lastProblem;
};

} // namespace Madoguchi
