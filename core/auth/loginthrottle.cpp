// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <cmath>

namespace Madoguchi {

namespace {

/// Beyond this many remembered entries, old ones are dropped first (a spray of made-up logins).
constexpr qsizetype kPruneAbove = 10000;

} // namespace

std::optional<int> LoginThrottle::waitSeconds(const QString &login, const QString &network, const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 until = 0;
    for (const auto &[table, key] : {std::pair(&m_logins, login), std::pair(&m_networks, network)}) {
        const auto found = table->constFind(key);
        if (found != table->cend())
            until = std::max(until, found->lockedUntilMs);
    }
    if (until <= nowMs)
        return std::nullopt;
    return int((until - nowMs + 999) / 1000);
}

void LoginThrottle::count(Count &entry, qint64 nowMs)
{
    if (nowMs - entry.lastFailureMs > kForgetAfterMs)
        entry = {};
    ++entry.failures;
    entry.lastFailureMs = nowMs;
    const int over = entry.failures - kFreeFailures;
    if (over > 0) {
        const double seconds = std::min<double>(kMaxLockSeconds, std::ldexp(1.0, std::min(over - 1, 20)));
        entry.lockedUntilMs = nowMs + qint64(seconds * 1000);
    }
}

void LoginThrottle::failed(const QString &login, const QString &network, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    forgetOld(nowMs);
    count(m_logins[login], nowMs);
    count(m_networks[network], nowMs);
}

void LoginThrottle::succeeded(const QString &login)
{
    m_logins.remove(login);
}

void LoginThrottle::forgetOld(qint64 nowMs)
{
    for (QHash<QString, Count> *table : {&m_logins, &m_networks}) {
        if (table->size() <= kPruneAbove)
            continue;
        table->removeIf([nowMs](const auto &entry) {
            return nowMs - entry.value().lastFailureMs > kForgetAfterMs || entry.value().lockedUntilMs <= nowMs;
        });
    }
}

} // namespace Madoguchi
