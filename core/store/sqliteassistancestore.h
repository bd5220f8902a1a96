// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/assistancestore.h"
#include "sqlitedatabase.h"

#include <memory>
#include <mutex>

namespace Madoguchi {

/// The calls for a clerk in the office database (table assistance_calls), on a connection of its own.
class SqliteAssistanceStore final : public AssistanceStore
{
public:
    /// Opens (creating and migrating when needed) the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteAssistanceStore>> open(const QString &path);

    [[nodiscard]] StoreResult<RequestedCall> request(const QString &kiosk, const QString &language, QDate day,
                                                     const QDateTime &at) override;
    [[nodiscard]] StoreResult<CallAnswer> answer(qint64 id, const QString &staff, const QDateTime &at) override;
    [[nodiscard]] StoreResult<QList<AssistanceCall>> openCalls(QDate day) const override;

private:
    SqliteAssistanceStore() = default;
    [[nodiscard]] StoreResult<QList<AssistanceCall>> openCallsLocked(QDate day) const;

    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
