// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appointment.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {

constexpr EnumName<AppointmentState> kStateNames[] = {
    {AppointmentState::Booked, u"booked"},
    {AppointmentState::CheckedIn, u"checked-in"},
    {AppointmentState::Cancelled, u"cancelled"},
};

} // namespace

QString appointmentStateName(AppointmentState state)
{
    return nameOf(kStateNames, state);
}

std::optional<AppointmentState> appointmentStateFromName(const QString &name)
{
    return valueOf(kStateNames, name);
}

} // namespace Madoguchi
