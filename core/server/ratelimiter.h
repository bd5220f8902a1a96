// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

namespace Madoguchi {

/// A token bucket per client address: each address may make perMinute requests a minute, in bursts
/// of up to perMinute. Used on the public endpoints (status pages, login).
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute)
        : m_perMinute(perMinute)
    {
    }

    /// Takes one request from the address's bucket; false when the bucket is empty.
    [[nodiscard]] bool allow(const QHostAddress &address, const QDateTime &now);
    /// Seconds until the address may make one more request.
    [[nodiscard]] int retryAfterSeconds() const;

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Madoguchi
