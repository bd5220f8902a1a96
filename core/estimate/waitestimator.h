// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/event.h"
#include "queue/queuestate.h"

#include <QList>
#include <QString>

namespace Madoguchi {

/// A reference wait (参考値): a range of minutes, never a promise.
struct WaitEstimate {
    int ahead = 0; ///< people ahead in the queue of the service
    int lowMinutes = 0;
    int highMinutes = 0;
    bool known = false; ///< false when nothing sensible can be said (no counter takes the service)

    friend bool operator==(const WaitEstimate &, const WaitEstimate &) = default;
};

/// Estimates waits from the queue and from what it learns of the office's events.
/// Implementations are replaceable; the server only knows this interface.
class WaitEstimator
{
public:
    virtual ~WaitEstimator() = default;

    /// Learns from events that were just committed; state is the queue after them.
    virtual void observe(const QList<Event> &events, const QueueState &state) = 0;
    /// The wait a new visitor for the service would have.
    [[nodiscard]] virtual WaitEstimate forService(const QueueState &state, const QString &service) const = 0;
    /// The remaining wait of a visit for its current step (0 ahead and a zero range once called).
    [[nodiscard]] virtual WaitEstimate forVisit(const QueueState &state, VisitId visit) const = 0;
};

} // namespace Madoguchi
