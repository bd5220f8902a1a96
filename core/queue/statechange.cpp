// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statechange.h"

#include "queuejson.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

StateChange::StateChange(const QueueState &base)
    : m_base(base)
    , m_lastVisitId(base.lastVisitId)
    , m_lastStepId(base.lastStepId)
{
}

const Visit &StateChange::current(VisitId id) const
{
    const auto it = m_visits.find(id);
    return it != m_visits.end() ? it->second : *m_base.visit(id);
}

Visit &StateChange::visit(VisitId id)
{
    auto it = m_visits.find(id);
    if (it == m_visits.end()) {
        const Visit *original = m_base.visit(id);
        Q_ASSERT(original);
        it = m_visits.emplace(id, *original).first;
    }
    return it->second;
}

Step &StateChange::step(VisitId visitId, StepId stepId)
{
    Step *found = visit(visitId).step(stepId);
    Q_ASSERT(found);
    return *found;
}

CounterState &StateChange::counter(int number)
{
    auto it = m_counters.find(number);
    if (it == m_counters.end())
        it = m_counters.emplace(number, m_base.counter(number)).first;
    return it->second;
}

void StateChange::apply(const Event &event)
{
    switch (event.type) {
    case EventType::VisitIssued: {
        const std::optional<Visit> issued = visitFromJson(event.data);
        Q_ASSERT(issued);
        m_visits.insert_or_assign(issued->id, *issued);
        m_sequences.insert_or_assign(issued->prefix, NumberSequence{issued->prefix, issued->day, issued->round, issued->sequence});
        m_lastVisitId = std::max(m_lastVisitId, issued->id);
        for (const Step &s : issued->steps)
            m_lastStepId = std::max(m_lastStepId, s.id);
        if (issued->day != m_officeDay.value_or(m_base.officeDay)) {
            m_officeDay = issued->day;
            m_dayClosed = false;
        }
        return;
    }
    case EventType::StepQueued:
    case EventType::StepUnparked: {
        Step &s = step(event.visit, event.step);
        s.state = StepState::Waiting;
        s.counter = 0;
        s.queuedAt = instantFromJson(event.data.value(u"queuedAt"_s));
        return;
    }
    case EventType::StepCalled: {
        Step &s = step(event.visit, event.step);
        s.state = StepState::Called;
        s.counter = event.counter;
        s.calledAt = event.at;
        counter(event.counter).priorityStreak = event.data.value(u"streak"_s).toInt();
        return;
    }
    case EventType::StepRecalled: ++step(event.visit, event.step).recalls; return;
    case EventType::StepStarted: {
        Step &s = step(event.visit, event.step);
        s.state = StepState::Serving;
        s.startedAt = event.at;
        return;
    }
    case EventType::StepFinished:
    case EventType::StepNoShow:
    case EventType::StepCancelled: {
        Step &s = step(event.visit, event.step);
        s.state = event.type == EventType::StepFinished ? StepState::Done
            : event.type == EventType::StepNoShow       ? StepState::NoShow
                                                        : StepState::Cancelled;
        s.endedAt = event.at;
        s.outcome = event.data.value(event.type == EventType::StepCancelled ? u"reason"_s : u"outcome"_s).toString();
        return;
    }
    case EventType::StepTransferred: {
        Visit &v = visit(event.visit);
        Step &s = step(event.visit, event.step);
        s.state = StepState::Transferred;
        s.endedAt = event.at;
        const std::optional<Step> next = stepFromJson(event.data.value(u"next"_s).toObject());
        Q_ASSERT(next);
        Step added = *next;
        added.visit = v.id;
        const auto ended = std::find_if(v.steps.cbegin(), v.steps.cend(), [&](const Step &st) { return st.id == s.id; });
        v.steps.insert(std::distance(v.steps.cbegin(), ended) + 1, added);
        m_lastStepId = std::max(m_lastStepId, added.id);
        return;
    }
    case EventType::StepAdded: {
        const std::optional<Step> added = stepFromJson(event.data.value(u"step"_s).toObject());
        Q_ASSERT(added);
        Visit &v = visit(event.visit);
        v.steps.append(*added);
        v.steps.last().visit = v.id;
        m_lastStepId = std::max(m_lastStepId, added->id);
        return;
    }
    case EventType::StepParked: {
        Step &s = step(event.visit, event.step);
        s.state = StepState::Parked;
        s.counter = 0;
        return;
    }
    case EventType::CounterOpened: counter(event.counter).status = CounterStatus::Open; return;
    case EventType::CounterPaused: counter(event.counter).status = CounterStatus::Paused; return;
    case EventType::CounterClosed:
        counter(event.counter).status = CounterStatus::Closed;
        counter(event.counter).priorityStreak = 0;
        return;
    case EventType::DayClosed: m_dayClosed = true; return;
    }
}

void StateChange::mergeInto(QueueState &state) const
{
    if (m_officeDay && *m_officeDay != state.officeDay) {
        state.officeDay = *m_officeDay;
        state.pruneClosedBefore(state.officeDay);
    }
    if (m_dayClosed)
        state.dayClosed = *m_dayClosed;
    for (const auto &[id, v] : m_visits) {
        // The state holds the office day's visits and every open one, as the store loads it.
        if (v.day < state.officeDay && !v.isOpen())
            state.erase(id);
        else
            state.put(v);
    }
    for (const auto &[number, c] : m_counters)
        state.counters.insert_or_assign(number, c);
    for (const auto &[prefix, s] : m_sequences)
        state.sequences.insert_or_assign(prefix, s);
    state.lastVisitId = m_lastVisitId;
    state.lastStepId = m_lastStepId;
}

} // namespace Madoguchi
