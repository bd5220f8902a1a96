// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsccardterminal.h"

#include "common/translation.h"
#include "logging/devicelogging.h"
#include "pcsccardchannel.h"

namespace Madoguchi {

PcscCardTerminal::PcscCardTerminal(QString reader, QObject *parent)
    : CardTerminal(parent)
    , m_name(std::move(reader))
    , m_reader([name = m_name] { return PcscCardChannel::connect(name); })
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(std::chrono::seconds(5));
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_monitor.stop();
        m_monitor.start();
    });
    connect(&m_monitor, &PcscReaderMonitor::readersChanged, this, [this](const QStringList &readers) {
        const auto found = std::find_if(readers.begin(), readers.end(), [this](const QString &name) { return isOurs(name); });
        setAttached(found == readers.end() ? QString() : *found);
        if (m_attached.isEmpty()) {
            setPresent(false);
            tell(DevicesTr::tr("The card reader %1 is not connected.").arg(m_name));
        } else {
            m_lastProblem.clear();
        }
    });
    connect(&m_monitor, &PcscReaderMonitor::cardInserted, this, [this](const QString &name) {
        if (isOurs(name))
            setPresent(true);
    });
    connect(&m_monitor, &PcscReaderMonitor::cardRemoved, this, [this](const QString &name) {
        if (isOurs(name))
            setPresent(false);
    });
    connect(&m_monitor, &PcscReaderMonitor::failed, this, [this](const QString &message) {
        setPresent(false);
        setAttached({});
        tell(message);
        m_retry.start();
    });
}

PcscCardTerminal::~PcscCardTerminal()
{
    stop();
}

void PcscCardTerminal::start()
{
    m_monitor.start();
}

void PcscCardTerminal::stop()
{
    m_retry.stop();
    m_monitor.stop();
}

QString PcscCardTerminal::description() const
{
    return DevicesTr::tr("PC/SC card reader %1").arg(m_attached.isEmpty() ? m_name : m_attached);
}

bool PcscCardTerminal::isOurs(const QString &reader) const
{
    return reader.startsWith(m_name);
}

void PcscCardTerminal::setPresent(bool present)
{
    if (present == m_present)
        return;
    m_present = present;
    qCInfo(lcCard) << (present ? "card placed on" : "card taken off") << m_attached;
    Q_EMIT cardPresentChanged(present);
}

void PcscCardTerminal::setAttached(const QString &reader)
{
    const bool wasReady = ready();
    m_attached = reader;
    if (ready() != wasReady)
        Q_EMIT readyChanged(ready());
}

void PcscCardTerminal::tell(const QString &message)
{
    if (message == m_lastProblem)
        return;
    m_lastProblem = message;
    qCWarning(lcCard).noquote() << message;
    Q_EMIT problem(message);
}

} // namespace Madoguchi
