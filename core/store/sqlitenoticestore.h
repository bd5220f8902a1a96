// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/noticestore.h"
#include "sqlitedatabase.h"

#include <memory>

namespace Madoguchi {

/// Subscriptions and notices in their own database (notices.sqlite), so that recording and
/// delivering notices never waits on the queue's file. Deleted rows are overwritten (secure_delete).
class SqliteNoticeStore final : public NoticeStore
{
public:
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteNoticeStore>> open(const QString &path);

    [[nodiscard]] StoreResult<std::optional<Subscribed>> subscribe(VisitId visit, NoticeChannel channel, const QByteArray &sealedAddress,
                                                                   const QString &digest, const QString &statusUrl, const QDateTime &now,
                                                                   int maxPerVisit) override;
    [[nodiscard]] StoreResult<QList<Subscription>> subscriptions() override;
    [[nodiscard]] StoreResult<QList<std::tuple<qint64, StepId, NoticeKind>>> recorded() override;
    [[nodiscard]] StoreResult<Done> forgetVisit(VisitId visit) override;
    [[nodiscard]] StoreResult<std::optional<qint64>> record(const NoticeRequest &request, const QDateTime &now) override;
    [[nodiscard]] StoreResult<std::optional<Notice>> pendingNotice(qint64 id) override;
    [[nodiscard]] StoreResult<QList<std::pair<qint64, QDateTime>>> pending() override;
    [[nodiscard]] StoreResult<Done> settle(qint64 id, NoticeState state, int attempts, const QDateTime &nextAttempt, const QString &error,
                                           const QDateTime &now) override;

private:
    SqliteNoticeStore() = default;

    SqliteDatabase m_db;
};

} // namespace Madoguchi
