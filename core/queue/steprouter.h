// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestate.h"

#include "config/officeconfig.h"

namespace Madoguchi {

/// Whether a step still to come may join its queue: every other step of the visit at a service it
/// waits for (Step::after) has ended.
[[nodiscard]] bool stepReady(const Visit &visit, const Step &step);

/// How long a visitor whose step joins its service's queue with the place `queuedAt` may expect to
/// wait, in minutes: the people waiting there before that place (a later step of a visit keeps its
/// arrival, [rules] next_step_keeps_arrival) times the service's expected minutes, shared among the
/// open counters that take it. A service no open counter takes comes after every other.
[[nodiscard]] double expectedWaitMinutes(const Step &step, const QDateTime &queuedAt, const QueueState &state, const OfficeConfig &office);

/// The step of a visit to queue next at `queuedAt`, or nullptr when none is to come. A visit that is not routed
/// takes its steps in order. A routed visit takes, among its ready steps, the one whose queue
/// promises the shortest wait (the earlier step on a tie); when none is ready (a dependency added
/// by hand that cannot end first), the first step to come, so that no step is stranded.
[[nodiscard]] const Step *nextStep(const Visit &visit, const QDateTime &queuedAt, const QueueState &state, const OfficeConfig &office);

} // namespace Madoguchi
