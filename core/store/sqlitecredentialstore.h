// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/credentialstore.h"
#include "sqlitedatabase.h"

#include <memory>
#include <mutex>

namespace Madoguchi {

/// Device tokens, staff accounts, sessions and the audit of credentials in the office database
/// (tables devices, staff, sessions, auth_audit), on a connection of its own.
class SqliteCredentialStore final : public CredentialStore
{
public:
    /// Opens (creating and migrating when needed) the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteCredentialStore>> open(const QString &path);

    [[nodiscard]] StoreResult<bool> putDevice(const QString &name, Role role, const QString &tokenHash, const QDateTime &at) override;
    [[nodiscard]] StoreResult<bool> revokeDevice(const QString &name, const QDateTime &at) override;
    [[nodiscard]] StoreResult<std::optional<DeviceRecord>> deviceByTokenHash(const QString &tokenHash) const override;
    [[nodiscard]] StoreResult<bool> putStaff(const QString &login, Role role, const QString &passwordHash, const QDateTime &at,
                                             bool replace) override;
    [[nodiscard]] StoreResult<bool> disableStaff(const QString &login, const QDateTime &at) override;
    [[nodiscard]] StoreResult<std::optional<StaffRecord>> enabledStaff(const QString &login) const override;
    [[nodiscard]] StoreResult<Done> openSession(const QString &tokenHash, const QString &login, int counter, const QDateTime &at) override;
    [[nodiscard]] StoreResult<std::optional<SessionRecord>> session(const QString &tokenHash) const override;
    [[nodiscard]] StoreResult<Done> touchSession(const QString &tokenHash, const QDateTime &at) override;
    [[nodiscard]] StoreResult<Done> endSession(const QString &tokenHash, const QDateTime &at) override;
    [[nodiscard]] StoreResult<Done> appendAudit(AuthEvent event, const QString &name, const QString &address, const QDateTime &at) override;
    [[nodiscard]] StoreResult<QList<AuditEntry>> audit(const QDateTime &since, int limit) const override;
    [[nodiscard]] StoreResult<qint64> latestAuditId() const override;

private:
    SqliteCredentialStore() = default;

    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
