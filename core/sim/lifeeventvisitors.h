// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide/guideplan.h"
#include "queue/queueengine.h"

#include <QHash>

#include <random>

namespace Madoguchi {

/// A simulated one-stop visitor: the ticket to ask for, and the mean minutes of each service's step.
struct OneStopVisitor {
    IssueRequest request;
    QHash<QString, double> minutes; ///< service → the mean minutes of its procedures
};

/// Draws the one-stop visitors of a simulated day from the life-event guide: a life event (moves
/// most often, then births, marriages and deaths), answers to its questions (yes a third of the
/// time, choices evenly), and the plan they give. routed: the ticket carries the plan's route (the
/// next step chosen as each ends); otherwise the steps in the plan's own order.
class LifeEventVisitors
{
public:
    LifeEventVisitors(const GuideCatalogue &guide, bool routed);

    /// A visitor whose plan takes two or more counter steps (drawn again until one does, a few times).
    [[nodiscard]] std::optional<OneStopVisitor> draw(std::mt19937 &random) const;

private:
    const GuideCatalogue &m_guide;
    bool m_routed;
    std::vector<const LifeEvent *> m_events;
    std::vector<double> m_weights;
};

} // namespace Madoguchi
