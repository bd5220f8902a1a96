// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbering.h"

#include <QSet>

namespace Madoguchi {

QDate officeDayForIssue(const QueueState &state, QDate today)
{
    if (!state.officeDay.isValid())
        return today;
    if (state.officeDay >= today || state.hasOpenVisits())
        return state.officeDay;
    return today;
}

std::optional<NumberAllocation> allocateNumber(const QueueState &state, const QString &prefix, QDate day, const NumberingRules &rules)
{
    QSet<QString> held;
    for (const VisitId id : state.openVisits) {
        const Visit &visit = state.visits.at(id);
        if (visit.prefix == prefix)
            held.insert(visit.number);
    }

    NumberAllocation allocation{day, 0, rules.first - 1, {}};
    if (const auto it = state.sequences.find(prefix); it != state.sequences.end() && it->second.day == day) {
        allocation.round = it->second.round;
        allocation.sequence = it->second.last;
    }
    const int span = rules.last - rules.first + 1;
    for (int attempt = 0; attempt < span; ++attempt) {
        ++allocation.sequence;
        if (allocation.sequence > rules.last || allocation.sequence < rules.first) {
            allocation.sequence = rules.first;
            ++allocation.round;
        }
        allocation.number = rules.format(prefix, allocation.sequence);
        if (!held.contains(allocation.number))
            return allocation;
    }
    return std::nullopt;
}

} // namespace Madoguchi
