// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Madoguchi {

/// What the audit log of credentials records. Names are stable: they are stored.
enum class AuthEvent : quint8 {
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    Logout,
    DeviceAdded,
    DeviceRevoked,
    StaffAdded,
    StaffDisabled,
};
[[nodiscard]] QString authEventName(AuthEvent event);

/// One record of the audit log: what happened to whose credentials, from where (a client address,
/// or "cli" for the provisioning commands), when. Never a password or a token.
struct AuditEntry {
    QDateTime at;
    QString event;
    QString name;
    QString address;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace Madoguchi
