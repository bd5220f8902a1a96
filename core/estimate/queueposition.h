// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"
#include "queue/queuestate.h"

namespace Madoguchi {

/// How many waiting steps of the service stand before the given one in queue order
/// (the whole queue of the service when step is null).
[[nodiscard]] int peopleAhead(const QueueState &state, const QString &service, const Step *step);
/// Counters that are open and take the service, as primary or fallback work.
[[nodiscard]] int countersServing(const OfficeConfig &office, const QueueState &state, const QString &service);

} // namespace Madoguchi
