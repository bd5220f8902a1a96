// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter and office-day operations of QueueEngine.
#include "queueengine.h"
#include "queueengine_p.h"

#include "queuemessages.h"
#include "statechange.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Madoguchi {

QueueResult<CounterState> QueueEngine::openCounter(int counter, const QString &actor)
{
    return setCounterStatus(counter, CounterStatus::Open, actor);
}

QueueResult<CounterState> QueueEngine::pauseCounter(int counter, const QString &actor)
{
    return setCounterStatus(counter, CounterStatus::Paused, actor);
}

QueueResult<CounterState> QueueEngine::closeCounter(int counter, const QString &actor)
{
    return setCounterStatus(counter, CounterStatus::Closed, actor);
}

QueueResult<CounterState> QueueEngine::setCounterStatus(int counter, CounterStatus status, const QString &actor)
{
    return locked<CounterState>(actor, [&](Pending &pending) -> QueueResult<CounterState> {
        if (auto config = counterConfig(counter); !config)
            return config.error();
        const CounterStatus current = m_state.counter(counter).status;
        if (current == status || (status == CounterStatus::Paused && current != CounterStatus::Open))
            return queueError(QueueErrorCode::WrongState, QueueMessages::counterAlready(counter, current));
        if (status != CounterStatus::Open) {
            if (const Step *held = m_state.stepAtCounter(counter))
                return queueError(QueueErrorCode::CounterBusy, QueueMessages::counterBusy(counter, m_state.visit(held->visit)->number));
        }
        const EventType type = status == CounterStatus::Open ? EventType::CounterOpened
            : status == CounterStatus::Paused                ? EventType::CounterPaused
                                                             : EventType::CounterClosed;
        pending.add(type, 0, 0, counter);
        if (auto committed = commit(pending); !committed)
            return committed.error();
        return m_state.counter(counter);
    });
}

QueueResult<int> QueueEngine::closeDay(const QString &actor, DayClosing closing)
{
    return locked<int>(actor, [&](Pending &pending) -> QueueResult<int> {
        for (const VisitId id : closing == DayClosing::WhenIdle ? m_state.openVisits : std::set<VisitId>()) {
            const Visit &visit = m_state.visits.at(id);
            const Step *step = visit.currentStep();
            if (step->state == StepState::Serving)
                return queueError(QueueErrorCode::CounterBusy, QueueMessages::counterBusy(step->counter, visit.number));
        }
        for (const VisitId id : m_state.openVisits)
            cancelRest(pending, m_state.visits.at(id), u"day-closed"_s);
        const int cancelled = int(m_state.openVisits.size());
        for (const auto &[number, counter] : m_state.counters) {
            if (counter.status != CounterStatus::Closed)
                pending.add(EventType::CounterClosed, 0, 0, number);
        }
        pending.add(EventType::DayClosed, 0, 0, 0, {{u"day"_s, m_state.officeDay.toString(Qt::ISODate)}});
        if (auto committed = commit(pending); !committed)
            return committed.error();
        return cancelled;
    });
}

} // namespace Madoguchi
