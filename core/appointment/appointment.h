// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Madoguchi {

/// Where a reservation stands.
enum class AppointmentState : quint8 { Booked, CheckedIn, Cancelled };

[[nodiscard]] QString appointmentStateName(AppointmentState state);
[[nodiscard]] std::optional<AppointmentState> appointmentStateFromName(const QString &name);

/// A reserved slot (予約): a service at a time, for a visitor who checks in with the code. No
/// personal data: the code is all that links the visitor to it.
struct BookedAppointment {
    QString code; ///< check-in code, canonical ("7K3M-Q2P7")
    QString service;
    QDateTime due;    ///< the slot's start
    QString language; ///< the visitor's language, for the ticket and the call
    AppointmentState state = AppointmentState::Booked;
    friend bool operator==(const BookedAppointment &, const BookedAppointment &) = default;
};

} // namespace Madoguchi
