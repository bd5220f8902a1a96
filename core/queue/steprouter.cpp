// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steprouter.h"

#include "estimate/queueposition.h"

#include <limits>

namespace Madoguchi {

namespace {

/// Added to the wait of a service no open counter takes, so that it comes after every other.
constexpr double kNoCounterOpen = 1e6;

} // namespace

bool stepReady(const Visit &visit, const Step &step)
{
    return std::none_of(visit.steps.begin(), visit.steps.end(), [&](const Step &other) {
        return other.id != step.id && !isTerminal(other.state) && step.after.contains(other.service);
    });
}

double expectedWaitMinutes(const Step &step, const QDateTime &queuedAt, const QueueState &state, const OfficeConfig &office)
{
    Step placed = step;
    placed.queuedAt = queuedAt;
    const int ahead = peopleAhead(state, step.service, &placed);
    const int counters = countersServing(office, state, step.service);
    const ServiceConfig *config = office.service(step.service);
    const double minutes = (config ? config->expectedMinutes : 10) * double(ahead);
    return counters > 0 ? minutes / counters : kNoCounterOpen + minutes;
}

const Step *nextStep(const Visit &visit, const QDateTime &queuedAt, const QueueState &state, const OfficeConfig &office)
{
    const Step *first = nullptr;
    const Step *best = nullptr;
    double bestWait = std::numeric_limits<double>::infinity();
    for (const Step &step : visit.steps) {
        if (step.state != StepState::Pending)
            continue;
        if (!visit.routed)
            return &step;
        if (!first)
            first = &step;
        if (!stepReady(visit, step))
            continue;
        const double wait = expectedWaitMinutes(step, queuedAt, state, office);
        if (wait < bestWait) {
            best = &step;
            bestWait = wait;
        }
    }
    return best ? best : first;
}

} // namespace Madoguchi
