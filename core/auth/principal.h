// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Madoguchi {

/// What a caller of the office server is. Devices hold long-lived tokens; staff hold sessions.
enum class Role : quint8 {
    Kiosk,      ///< issues tickets
    Board,      ///< reads the queue and its events
    Counter,    ///< a counter terminal before anyone logs in: reads like a board
    Clerk,      ///< acts at the counter of the session
    Supervisor, ///< acts at every counter, cancels visits, closes the day
    Admin,      ///< everything a supervisor does
};

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);
/// True for the roles of staff accounts (clerk, supervisor, admin).
[[nodiscard]] bool isStaffRole(Role role);
/// True for the roles a device token may have (kiosk, board, counter).
[[nodiscard]] bool isDeviceRole(Role role);

/// An authenticated caller.
struct Principal {
    Role role = Role::Board;
    QString name;        ///< the device name or the staff login
    int counter = 0;     ///< the counter of a staff session; 0 for none
    QString sessionHash; ///< the stored hash of a staff session's token

    [[nodiscard]] bool isStaff() const { return isStaffRole(role); }
    /// True when the caller may operate the given counter.
    [[nodiscard]] bool mayActAt(int number) const;
    /// True for supervisors and admins.
    [[nodiscard]] bool supervises() const { return role == Role::Supervisor || role == Role::Admin; }
    /// How the caller appears as the actor of queue events, e.g. "kiosk:entrance-1" or "staff:tanaka".
    [[nodiscard]] QString actor() const;
};

} // namespace Madoguchi
