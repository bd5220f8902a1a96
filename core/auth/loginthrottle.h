// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Madoguchi {

/// Slows down whoever guesses staff passwords. Failed logins are counted per login and per network
/// (see networkKey: a /64 for IPv6), each on its own: after kFreeFailures, every further failure
/// closes that login or that network for twice as long as the one before (1 s, 2 s, 4 s … up to
/// kMaxLockSeconds). While closed, an attempt is refused before any password is checked. A success
/// clears the login's count; the network's fades like every count, an hour after its last failure.
/// Independent of the public request limits.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr int kMaxLockSeconds = 15 * 60;
    static constexpr qint64 kForgetAfterMs = 3600 * 1000;

    /// Seconds until an attempt for this login from this network may be made; none when it may now.
    [[nodiscard]] std::optional<int> waitSeconds(const QString &login, const QString &network, const QDateTime &now) const;
    void failed(const QString &login, const QString &network, const QDateTime &now);
    void succeeded(const QString &login);

private:
    struct Count {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    static void count(Count &entry, qint64 nowMs);
    void forgetOld(qint64 nowMs);

    QHash<QString, Count> m_logins;
    QHash<QString, Count> m_networks;
};

} // namespace Madoguchi
