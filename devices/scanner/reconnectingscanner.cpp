// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnectingscanner.h"

#include "logging/devicelogging.h"

namespace Madoguchi {

ReconnectingScanner::ReconnectingScanner(QObject *parent)
    : CodeScanner(parent)
{
    m_retry.setInterval(std::chrono::seconds(1));
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ReconnectingScanner::tryOpen);
}

void ReconnectingScanner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_lastProblem.clear();
    tryOpen();
}

void ReconnectingScanner::stop()
{
    m_running = false;
    m_retry.stop();
    closeDevice();
    setConnected(false);
}

void ReconnectingScanner::deviceLost(const QString &message)
{
    closeDevice();
    setConnected(false);
    tell(message);
    if (m_running)
        m_retry.start();
}

void ReconnectingScanner::tryOpen()
{
    if (!m_running)
        return;
    if (const auto failure = openDevice()) {
        tell(*failure);
        m_retry.start();
        return;
    }
    m_lastProblem.clear();
    qCInfo(lcScanner) << "scanner connected:" << description();
    setConnected(true);
}

void ReconnectingScanner::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

void ReconnectingScanner::tell(const QString &message)
{
    if (message == m_lastProblem)
        return;
    m_lastProblem = message;
    qCInfo(lcScanner) << "scanner problem:" << description() << message;
    Q_EMIT problem(message);
}

} // namespace Madoguchi
