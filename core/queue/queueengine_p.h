// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the QueueEngine implementation files: the pending operation and the lock around it.

#include "queueengine.h"
#include "statechange.h"

#include "common/clock.h"

#include <QJsonObject>

#include <optional>

namespace Madoguchi {

/// The events of one operation, applied to copies as they are added.
struct QueueEngine::Pending {
    Pending(const QueueState &state, QDateTime at, QString who)
        : change(state)
        , now(std::move(at))
        , actor(std::move(who))
    {
    }

    void add(EventType type, VisitId visit, StepId step, int counter, QJsonObject data = {})
    {
        Event event{0, now, actor, type, visit, step, counter, std::move(data)};
        change.apply(event);
        events.append(std::move(event));
    }

    StateChange change;
    QDateTime now;
    QString actor;
    QList<Event> events;
    QList<Event> committed;
};

template<typename T, typename Operation>
QueueResult<T> QueueEngine::locked(const QString &actor, Operation &&operation)
{
    QList<Event> committed;
    std::optional<QueueResult<T>> result;
    {
        std::lock_guard lock(m_mutex);
        Pending pending(m_state, m_clock.now(), actor);
        result.emplace(operation(pending));
        committed = std::move(pending.committed);
    }
    if (!committed.isEmpty())
        Q_EMIT eventsCommitted(committed);
    return std::move(*result);
}

} // namespace Madoguchi
