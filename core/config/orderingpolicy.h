// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Madoguchi {

/// How a counter chooses among the visitors waiting for the services it serves.
struct OrderingPolicy {
    enum class Kind {
        Arrival,          ///< earliest arrival first
        PriorityFirst,    ///< priority class first, then arrival
        Alternation,      ///< N visitors of the priority class, then one regular visitor
        AppointmentBlend, ///< due appointments first, walk-ins by arrival, no walk-in waits too long
    };

    Kind kind = Kind::Arrival;
    int ratio = 2;                 ///< Alternation: priority visitors called per regular visitor
    int earlyMinutes = 10;         ///< AppointmentBlend: an appointment counts as due this long before its time
    int walkInMaxWaitMinutes = 30; ///< AppointmentBlend: a walk-in waiting longer goes before due appointments

    friend bool operator==(const OrderingPolicy &, const OrderingPolicy &) = default;

    /// The kind named in a configuration file ("arrival", "priority", "alternation", "appointment").
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace Madoguchi
