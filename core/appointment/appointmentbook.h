// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appointment.h"

#include "common/result.h"
#include "config/officeconfig.h"

#include <QDateTime>

#include <memory>

namespace Madoguchi {

enum class AppointmentErrorCode {
    Invalid, ///< unknown service, a service without reservations, a time off the slot grid or outside opening hours
    Past,    ///< the slot has begun
    Full,    ///< the slot has no place left
    Unknown, ///< no reservation has this code
    Cancelled,
    OtherDay, ///< the reservation is for another day
    TooEarly, ///< check-in opens later
    TooLate,  ///< check-in closed
    AlreadyCheckedIn,
    StorageFailure,
};
using AppointmentError = Error<AppointmentErrorCode>;
template<typename T>
using AppointmentResult = Result<T, AppointmentErrorCode>;

class AppointmentStore;

/// The office's reservations: books within the configured slots and capacities, and says whether
/// a code may check in now. Kept by an AppointmentStore; safe to call from several threads.
class AppointmentBook
{
public:
    AppointmentBook(const OfficeConfig &office, std::unique_ptr<AppointmentStore> store);
    ~AppointmentBook();

    /// Reserves a place in the slot starting at due for the service.
    [[nodiscard]] AppointmentResult<BookedAppointment> book(const QString &service, const QDateTime &due, const QString &language,
                                                            const QString &actor, const QDateTime &now);
    /// The reservation with this code (typed forgivingly), or Unknown.
    [[nodiscard]] AppointmentResult<BookedAppointment> find(const QString &code) const;
    /// The reservation, when it may check in at now; else why not (Unknown, Cancelled, OtherDay,
    /// TooEarly, TooLate). A reservation already checked in passes: its ticket is issued again.
    [[nodiscard]] AppointmentResult<BookedAppointment> checkable(const QString &code, const QDateTime &now) const;
    /// Records the check-in (idempotent).
    [[nodiscard]] AppointmentResult<Done> markCheckedIn(const QString &code, const QDateTime &now);
    /// Cancels a reservation that has not checked in.
    [[nodiscard]] AppointmentResult<BookedAppointment> cancel(const QString &code, const QDateTime &now);
    /// The reservations of an office day, by time.
    [[nodiscard]] AppointmentResult<QList<BookedAppointment>> day(QDate day) const;
    /// Places still free in the service's slot at due.
    [[nodiscard]] AppointmentResult<int> freePlaces(const QString &service, const QDateTime &due) const;

private:
    [[nodiscard]] AppointmentError storageFailure(const QString &detail) const;
    [[nodiscard]] AppointmentResult<BookedAppointment> findCanonical(const QString &canonicalCode) const;
    [[nodiscard]] std::optional<AppointmentError> slotProblem(const ServiceConfig *service, const QString &code,
                                                              const QDateTime &due) const;

    const OfficeConfig &m_office;
    std::unique_ptr<AppointmentStore> m_store;
};

} // namespace Madoguchi
