// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestate.h"

#include "config/officeconfig.h"

#include <optional>

namespace Madoguchi {

/// A display number chosen for a new visit.
struct NumberAllocation {
    QDate day;
    int round = 0;
    int sequence = 0;
    QString number;
};

/// The office day a new visit belongs to: today in the office's timezone, except that a day
/// never closes while visits of it are open (then the earlier day goes on), and the day never
/// goes back when the clock does.
[[nodiscard]] QDate officeDayForIssue(const QueueState &state, QDate today);

/// The next free number for a prefix: sequences restart at rules.first on a new office day,
/// wrap from rules.last back to rules.first (a new round), and skip numbers that open visits
/// still show. Empty when every number of the range is held by an open visit.
[[nodiscard]] std::optional<NumberAllocation> allocateNumber(const QueueState &state, const QString &prefix, QDate day,
                                                             const NumberingRules &rules);

} // namespace Madoguchi
