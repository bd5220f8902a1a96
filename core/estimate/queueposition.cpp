// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueposition.h"

namespace Madoguchi {

int peopleAhead(const QueueState &state, const QString &service, const Step *step)
{
    int ahead = 0;
    for (const VisitId id : state.openVisits) {
        const Visit *visit = state.visit(id);
        const Step *current = visit ? visit->currentStep() : nullptr;
        if (!current || current == step || current->service != service || current->state != StepState::Waiting)
            continue;
        if (!step || queuedBefore(*current, *step))
            ++ahead;
    }
    return ahead;
}

int countersServing(const OfficeConfig &office, const QueueState &state, const QString &service)
{
    int serving = 0;
    for (const CounterConfig &counter : office.counters) {
        const bool takes = counter.services.contains(service) || counter.fallback.contains(service);
        if (takes && state.counter(counter.number).status == CounterStatus::Open)
            ++serving;
    }
    return serving;
}

} // namespace Madoguchi
