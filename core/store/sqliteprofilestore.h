// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/profilestore.h"
#include "sqlitedatabase.h"

#include <functional>
#include <memory>

namespace Madoguchi {

/// The visits' sealed profiles and their audit log in their own database (profiles.sqlite), so that
/// a copy of the queue's file holds no form values. Deleted rows are overwritten (secure_delete) and
/// the write-ahead log is emptied after every deletion.
class SqliteProfileStore final : public ProfileStore
{
public:
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteProfileStore>> open(const QString &path);

    [[nodiscard]] StoreResult<Done> save(VisitId visit, QDate officeDay, const QByteArray &sealed, const ProfileAccess &access) override;
    [[nodiscard]] StoreResult<std::optional<QByteArray>> load(VisitId visit) override;
    [[nodiscard]] StoreResult<Done> remove(VisitId visit, const ProfileAccess &access) override;
    [[nodiscard]] StoreResult<int> purgeDaysBefore(QDate day, const QString &actor, const QDateTime &now) override;
    [[nodiscard]] StoreResult<Done> record(const ProfileAccess &access) override;
    [[nodiscard]] StoreResult<QList<ProfileAccess>> accesses(const QDateTime &since) override;
    [[nodiscard]] StoreResult<int> purgeAccessesBefore(const QDateTime &before) override;

private:
    SqliteProfileStore() = default;

    /// Runs statements in one transaction: each returns false to stop; nothing of a failed one stays.
    [[nodiscard]] StoreResult<Done> inTransaction(const std::function<bool()> &work);
    [[nodiscard]] bool insertAccess(const ProfileAccess &access);
    /// Empties the write-ahead log, where copies of deleted rows' pages may still sit.
    void forgetDeletedPages();

    SqliteDatabase m_db;
};

} // namespace Madoguchi
