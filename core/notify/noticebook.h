// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notice.h"

#include "auth/secretbox.h"
#include "common/result.h"
#include "config/officeconfig.h"
#include "ports/storeresult.h"
#include "queue/queuestate.h"

#include <QObject>

#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace Madoguchi {

class LanguageCatalogs;
class NoticeStore;

enum class NoticeErrorCode {
    NotOffered,     ///< the office does not send notices on that channel
    InvalidAddress, ///< not an address the channel can deliver to
    Closed,         ///< the visit is finished; there is nothing left to tell
    TooMany,        ///< the visit has as many subscriptions as it may have
    StorageFailure,
};
using NoticeError = Error<NoticeErrorCode>;
template<typename T>
using NoticeResult = Result<T, NoticeErrorCode>;

/// Who wants to be told about which visit, and when to tell them. Lives in the server's thread and
/// only looks at the queue state it is handed: it decides that a notice is due and emits it, and the
/// Outbox (another thread) records and delivers it, so no queue operation ever waits for a notice.
/// A visit's subscriptions and notices are deleted when the visit closes.
class NoticeBook : public QObject
{
    Q_OBJECT
public:
    /// Most subscriptions one visit may have.
    static constexpr int kMaxPerVisit = 3;

    NoticeBook(const OfficeConfig &office, std::unique_ptr<NoticeStore> store, SecretBox box, const LanguageCatalogs &catalogs);
    ~NoticeBook() override;

    /// Loads the subscriptions and the notices recorded before a restart.
    [[nodiscard]] StoreResult<Done> load();

    /// The channels this office offers, in the order the status page shows them.
    [[nodiscard]] QList<NoticeChannel> channels() const;

    /// Subscribes to a visit's notices; added is false when the same address was subscribed already.
    /// A notice already due (e.g. few people ahead) is sent at once.
    [[nodiscard]] NoticeResult<bool> subscribe(const QueueState &state, VisitId visit, NoticeChannel channel, const QString &address,
                                               const QString &statusUrl, const QDateTime &now);

    /// Looks at the queue after a change: emits the notices now due and forgets closed visits.
    void observe(const QueueState &state);

Q_SIGNALS:
    void noticeDue(const Madoguchi::NoticeRequest &request);

private:
    using Trigger = std::tuple<qint64, StepId, NoticeKind>;

    void trigger(const Subscription &subscription, const Visit &visit, const Step &step, NoticeKind kind, int ahead);
    [[nodiscard]] QJsonObject payload(const Subscription &subscription, const Visit &visit, const Step &step, NoticeKind kind,
                                      int ahead) const;
    void evaluate(const QueueState &state, const Subscription &subscription);

    const OfficeConfig &m_office;
    std::unique_ptr<NoticeStore> m_store;
    SecretBox m_box;
    const LanguageCatalogs &m_catalogs;
    std::multimap<VisitId, Subscription> m_subscriptions;
    std::set<Trigger> m_triggered;
};

} // namespace Madoguchi
