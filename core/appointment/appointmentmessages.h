// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appointmentbook.h"

#include "common/translation.h"

namespace Madoguchi {

/// The sentence telling a visitor (or a clerk) why a reservation cannot be booked, checked in or
/// cancelled; appointment gives the times when known. Dates and times are the office's, written in
/// the locale of language.
[[nodiscard]] QString appointmentMessage(AppointmentErrorCode code, const BookedAppointment *appointment, const OfficeConfig &office,
                                         const QString &language, const TranslateFunction &translate);

/// The same sentence in the process's language, for errors returned by AppointmentBook.
[[nodiscard]] QString appointmentMessage(AppointmentErrorCode code, const BookedAppointment *appointment, const OfficeConfig &office);

} // namespace Madoguchi
