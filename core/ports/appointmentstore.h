// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appointment/appointment.h"
#include "ports/storeresult.h"

#include <QDate>
#include <QList>

#include <functional>

namespace Madoguchi {

/// A reservation to record: everything but its code, which the store draws.
struct NewAppointment {
    QString service;
    QDateTime due;
    QDate day; ///< the office day of due
    QString language;
    QString bookedBy;
    QDateTime bookedAt;
};

/// Durable storage of the office's reservations. Every call either completes durably or changes
/// nothing; safe to call from several threads. Implementations: SQLite (core/store), and what a
/// city-wide deployment needs later; each runs the contract tests in tests/core/appointmentstorecontract.h.
class AppointmentStore
{
public:
    virtual ~AppointmentStore() = default;

    /// Records the reservation unless its slot (service and due) already holds `capacity` that are
    /// not cancelled — the count and the insert are one transaction. Codes come from drawCode; one
    /// that is taken is drawn again (a few times). Empty when the slot is full.
    [[nodiscard]] virtual StoreResult<std::optional<BookedAppointment>> bookIfRoom(const NewAppointment &appointment, int capacity,
                                                                                   const std::function<QString()> &drawCode) = 0;
    /// Reservations of the slot that are not cancelled.
    [[nodiscard]] virtual StoreResult<int> taken(const QString &service, const QDateTime &due) const = 0;
    /// The reservation with this canonical code; empty when there is none.
    [[nodiscard]] virtual StoreResult<std::optional<BookedAppointment>> find(const QString &code) const = 0;
    /// Moves the reservation from one state to another at `at`; false when it was not in `from`.
    [[nodiscard]] virtual StoreResult<bool> changeState(const QString &code, AppointmentState from, AppointmentState to,
                                                        const QDateTime &at) = 0;
    /// The reservations of an office day, by time, then code.
    [[nodiscard]] virtual StoreResult<QList<BookedAppointment>> day(QDate day) const = 0;
};

} // namespace Madoguchi
