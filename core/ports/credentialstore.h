// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authevent.h"
#include "auth/principal.h"
#include "ports/storeresult.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Madoguchi {

/// A device token's record (the token itself is never stored, only its hash).
struct DeviceRecord {
    QString name;
    Role role = Role::Board;
};

/// A staff account's record.
struct StaffRecord {
    Role role = Role::Clerk;
    QString passwordHash; ///< Argon2id
};

/// A staff session's record, with what the session's account is now.
struct SessionRecord {
    QString login;
    std::optional<Role> role; ///< empty when the stored role is not known to this version
    int counter = 0;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    bool ended = false;
    bool accountDisabled = false;
};

/// Durable storage of device tokens, staff accounts, staff sessions and the audit of credentials.
/// Every call either completes durably or changes nothing; safe to call from several threads, and
/// several processes may share the records (the provisioning commands change them while the server
/// runs). Implementations run tests/core/credentialstorecontract.h.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    /// Records a device's token hash (a device of that name gets the new one and is no longer
    /// revoked); true when the device existed.
    [[nodiscard]] virtual StoreResult<bool> putDevice(const QString &name, Role role, const QString &tokenHash, const QDateTime &at) = 0;
    /// Revokes a device's token; false when there is no such device.
    [[nodiscard]] virtual StoreResult<bool> revokeDevice(const QString &name, const QDateTime &at) = 0;
    /// The device whose token has this hash, unless it was revoked.
    [[nodiscard]] virtual StoreResult<std::optional<DeviceRecord>> deviceByTokenHash(const QString &tokenHash) const = 0;

    /// Adds a staff account; with replace, an existing one gets the new role and password, is
    /// enabled again and its sessions end. False when the login exists and replace is not given.
    [[nodiscard]] virtual StoreResult<bool> putStaff(const QString &login, Role role, const QString &passwordHash, const QDateTime &at,
                                                     bool replace) = 0;
    /// Disables an account and ends its sessions; false when there is no such login.
    [[nodiscard]] virtual StoreResult<bool> disableStaff(const QString &login, const QDateTime &at) = 0;
    /// The account of a login, unless it is unknown or disabled.
    [[nodiscard]] virtual StoreResult<std::optional<StaffRecord>> enabledStaff(const QString &login) const = 0;

    [[nodiscard]] virtual StoreResult<Done> openSession(const QString &tokenHash, const QString &login, int counter,
                                                        const QDateTime &at) = 0;
    /// The session whose token has this hash, ended or not; empty when there is none.
    [[nodiscard]] virtual StoreResult<std::optional<SessionRecord>> session(const QString &tokenHash) const = 0;
    [[nodiscard]] virtual StoreResult<Done> touchSession(const QString &tokenHash, const QDateTime &at) = 0;
    /// Ends a session (its record stays a week, then goes).
    [[nodiscard]] virtual StoreResult<Done> endSession(const QString &tokenHash, const QDateTime &at) = 0;

    [[nodiscard]] virtual StoreResult<Done> appendAudit(AuthEvent event, const QString &name, const QString &address,
                                                        const QDateTime &at) = 0;
    /// The audit from an instant on, oldest first, at most limit records.
    [[nodiscard]] virtual StoreResult<QList<AuditEntry>> audit(const QDateTime &since, int limit) const = 0;
    /// Grows with every audit record, whichever process wrote it (0 for none).
    [[nodiscard]] virtual StoreResult<qint64> latestAuditId() const = 0;
};

} // namespace Madoguchi
