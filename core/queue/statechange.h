// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "queuestate.h"

#include <map>
#include <optional>

namespace Madoguchi {

/// The objects a batch of events touches, copied from a base state on first touch and changed
/// there. The store persists exactly these; QueueState::apply merges them once they are durable.
class StateChange
{
public:
    explicit StateChange(const QueueState &base);

    /// Applies one event to the touched copies. Events are trusted: the engine validated them.
    void apply(const Event &event);

    [[nodiscard]] const std::map<VisitId, Visit> &visits() const { return m_visits; }
    [[nodiscard]] const std::map<int, CounterState> &counters() const { return m_counters; }
    [[nodiscard]] const std::map<QString, NumberSequence> &sequences() const { return m_sequences; }
    [[nodiscard]] std::optional<QDate> officeDay() const { return m_officeDay; }
    /// Whether the office day is closed, when the change closed it or began a new day.
    [[nodiscard]] std::optional<bool> dayClosed() const { return m_dayClosed; }
    [[nodiscard]] VisitId lastVisitId() const { return m_lastVisitId; }
    [[nodiscard]] StepId lastStepId() const { return m_lastStepId; }

    /// A visit as the change has it so far: the touched copy, else the base state's.
    [[nodiscard]] const Visit &current(VisitId id) const;

    /// Makes the change part of the state it was based on.
    void mergeInto(QueueState &state) const;

private:
    Visit &visit(VisitId id);
    Step &step(VisitId visitId, StepId stepId);
    CounterState &counter(int number);

    const QueueState &m_base;
    std::map<VisitId, Visit> m_visits;
    std::map<int, CounterState> m_counters;
    std::map<QString, NumberSequence> m_sequences;
    std::optional<QDate> m_officeDay;
    std::optional<bool> m_dayClosed;
    VisitId m_lastVisitId;
    StepId m_lastStepId;
};

} // namespace Madoguchi
