// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/notice.h"
#include "ports/storeresult.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <tuple>

namespace Madoguchi {

/// Durable storage of turn-notice subscriptions and the notices sent for them. Every call either
/// completes durably or changes nothing. Addresses arrive and leave sealed; a deleted one must not
/// be recoverable from what the store keeps. One instance per thread (the server's thread keeps
/// subscriptions, the outbox's thread records and settles notices). Implementations run
/// tests/core/noticestorecontract.h.
class NoticeStore
{
public:
    virtual ~NoticeStore() = default;

    /// A subscription just made, or the one the visit already had for that address.
    struct Subscribed {
        Subscription subscription;
        bool added = false;
    };
    /// Records a subscription unless the visit has maxPerVisit already (then empty); digest identifies
    /// the address without revealing it.
    [[nodiscard]] virtual StoreResult<std::optional<Subscribed>> subscribe(VisitId visit, NoticeChannel channel,
                                                                           const QByteArray &sealedAddress, const QString &digest,
                                                                           const QString &statusUrl, const QDateTime &now,
                                                                           int maxPerVisit) = 0;
    [[nodiscard]] virtual StoreResult<QList<Subscription>> subscriptions() = 0;
    /// Which notices were recorded: (subscription, step, kind).
    [[nodiscard]] virtual StoreResult<QList<std::tuple<qint64, StepId, NoticeKind>>> recorded() = 0;
    /// Deletes the visit's subscriptions and their notices.
    [[nodiscard]] virtual StoreResult<Done> forgetVisit(VisitId visit) = 0;

    /// Records a notice to deliver now; empty when it was recorded before or its subscription is gone.
    [[nodiscard]] virtual StoreResult<std::optional<qint64>> record(const NoticeRequest &request, const QDateTime &now) = 0;
    /// A pending notice with its channel and sealed address; empty when it is settled or gone.
    [[nodiscard]] virtual StoreResult<std::optional<Notice>> pendingNotice(qint64 id) = 0;
    /// The pending notices and when each is due.
    [[nodiscard]] virtual StoreResult<QList<std::pair<qint64, QDateTime>>> pending() = 0;
    /// Records an attempt: sent, failed for good, or pending again until nextAttempt.
    [[nodiscard]] virtual StoreResult<Done> settle(qint64 id, NoticeState state, int attempts, const QDateTime &nextAttempt,
                                                   const QString &error, const QDateTime &now) = 0;
};

} // namespace Madoguchi
