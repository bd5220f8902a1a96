#pragma once

#include "notice.h"

#include "store/queuestore.h"
#include "store/sqlitedatabase.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <tuple>

namespace Madoguchi {

/// Subscriptions and the notices sent for them, in their own database (notices.sqlite) so that
/// recording and delivering notices never waits on the queue's file. One connection per thread:
/// the server's thread keeps subscriptions, the outbox's thread records and settles notices.
/// Deleted rows are overwritten (secure_delete), since addresses are personal data.
class NoticeStore
{
public:
    [[nodiscard]] static StoreResult<std::unique_ptr<NoticeStore>> open(const QString &path);

    /// A subscription just made, or the one the visit already had for that address.
    struct Subscribed {
        Subscription subscription;
        bool added = false;
    };
    /// Records a subscription unless the visit has maxPerVisit already (then empty); digest identifies
    /// the address without revealing it.
    [[nodiscard]] StoreResult<std::optional<Subscribed>> subscribe(VisitId visit, NoticeChannel channel,
                                                                   const QByteArray &sealedAddress, const QString &digest,
                                                                   const QString &statusUrl, const QDateTime &now,
                                                                   int maxPerVisit);
    [[nodiscard]] StoreResult<QList<Subscription>> subscriptions();
    /// Which notices were recorded: (subscription, step, kind).
    [[nodiscard]] StoreResult<QList<std::tuple<qint64, StepId, NoticeKind>>> recorded();
    /// Deletes the visit's subscriptions and their notices.
    [[nodiscard]] StoreResult<Done> forgetVisit(VisitId visit);

    /// Records a notice to deliver now; empty when it was recorded before or its subscription is gone.
    [[nodiscard]] StoreResult<std::optional<qint64>> record(const NoticeRequest &request, const QDateTime &now);
    /// A pending notice with its channel and sealed address; empty when it is settled or gone.
    [[nodiscard]] StoreResult<std::optional<Notice>> pendingNotice(qint64 id);
    /// The pending notices and when each is due.
    [[nodiscard]] StoreResult<QList<std::pair<qint64, QDateTime>>> pending();
    /// Records an attempt: sent, failed for good, or pending again until nextAttempt.
    [[nodiscard]] StoreResult<Done> settle(qint64 id, NoticeState state, int attempts, const QDateTime &nextAttempt,
                                           const QString &error, const QDateTime &now);

private:
    NoticeStore() = default;
    [[nodiscard]] StoreError failure() const;

    SqliteDatabase m_db;
};

} // namespace Madoguchi
