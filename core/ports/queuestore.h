// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/storeresult.h"
#include "queue/event.h"
#include "queue/queuestate.h"

#include <QList>

namespace Madoguchi {

class StateChange;

/// Durable storage of the queue: the append-only event log and the current state beside it.
/// Every call either completes durably or changes nothing. Implementations: SQLite (one office),
/// later PostgreSQL (city-wide).
class QueueStore
{
public:
    virtual ~QueueStore() = default;

    /// The state as last committed: the office day's visits, every open visit, counters, sequences.
    [[nodiscard]] virtual StoreResult<QueueState> loadState() = 0;
    /// Appends the events and writes the changed objects in one transaction; returns the events
    /// with their ids once the transaction is durable.
    [[nodiscard]] virtual StoreResult<QList<Event>> commit(const QList<Event> &events, const StateChange &change) = 0;
    /// Up to limit events with an id greater than afterId, in order.
    [[nodiscard]] virtual StoreResult<QList<Event>> events(qint64 afterId, int limit) const = 0;
    /// The id of the newest event (0 for an empty log).
    [[nodiscard]] virtual StoreResult<qint64> latestEventId() const = 0;
};

} // namespace Madoguchi
