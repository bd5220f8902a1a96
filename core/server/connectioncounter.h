// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>

namespace Madoguchi {

/// The key under which a client address is counted: IPv4-mapped IPv6 addresses count as IPv4.
[[nodiscard]] QString addressKey(const QHostAddress &address);
/// The network an address belongs to, for limits that a client could dodge by changing its address
/// within its own network: the /64 of an IPv6 address, the address itself for IPv4.
[[nodiscard]] QString networkKey(const QHostAddress &address);

/// Open connections per client address and in all, against two caps.
class ConnectionCounter
{
public:
    ConnectionCounter(int perAddress, int total)
        : m_perAddress(perAddress)
        , m_total(total)
    {
    }

    /// Counts a new connection; false (and nothing counted) when either cap is reached.
    [[nodiscard]] bool open(const QHostAddress &address);
    /// Forgets a connection counted by open().
    void close(const QHostAddress &address);

    [[nodiscard]] int total() const { return m_open; }
    [[nodiscard]] int from(const QHostAddress &address) const { return m_byAddress.value(addressKey(address)); }

private:
    int m_perAddress;
    int m_total;
    int m_open = 0;
    QHash<QString, int> m_byAddress;
};

} // namespace Madoguchi
