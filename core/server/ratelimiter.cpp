// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace Madoguchi {

namespace {
constexpr qsizetype kPruneAbove = 10000;
}

bool RateLimiter::allow(const QHostAddress &address, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const double perMs = m_perMinute / 60000.0;
    if (m_buckets.size() > kPruneAbove) {
        // Buckets that have refilled completely carry no information.
        m_buckets.removeIf(
            [&](const auto &entry) { return entry.value().tokens + double(nowMs - entry.value().updatedMs) * perMs >= m_perMinute; });
    }
    const QString key = address.toString();
    auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    bucket->tokens = std::min<double>(m_perMinute, bucket->tokens + double(std::max<qint64>(0, nowMs - bucket->updatedMs)) * perMs);
    bucket->updatedMs = nowMs;
    if (bucket->tokens < 1)
        return false;
    bucket->tokens -= 1;
    return true;
}

int RateLimiter::retryAfterSeconds() const
{
    return int(std::ceil(60.0 / m_perMinute));
}

} // namespace Madoguchi
