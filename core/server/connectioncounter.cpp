// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncounter.h"

namespace Madoguchi {

QString addressKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ipv4).toString() : address.toString();
}

QString networkKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    if (v4 || address.protocol() != QAbstractSocket::IPv6Protocol)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

bool ConnectionCounter::open(const QHostAddress &address)
{
    const QString key = addressKey(address);
    int &count = m_byAddress[key];
    if (m_open >= m_total || count >= m_perAddress) {
        if (count == 0)
            m_byAddress.remove(key);
        return false;
    }
    ++count;
    ++m_open;
    return true;
}

void ConnectionCounter::close(const QHostAddress &address)
{
    const auto found = m_byAddress.find(addressKey(address));
    if (found == m_byAddress.end())
        return;
    --m_open;
    if (--found.value() <= 0)
        m_byAddress.erase(found);
}

} // namespace Madoguchi
