// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/appointmentstore.h"
#include "sqlitedatabase.h"

#include <memory>
#include <mutex>

namespace Madoguchi {

/// The office's reservations in the office database (table appointments), on a connection of its own.
class SqliteAppointmentStore final : public AppointmentStore
{
public:
    /// Opens (creating and migrating when needed) the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteAppointmentStore>> open(const QString &path);

    [[nodiscard]] StoreResult<std::optional<BookedAppointment>> bookIfRoom(const NewAppointment &appointment, int capacity,
                                                                           const std::function<QString()> &drawCode) override;
    [[nodiscard]] StoreResult<int> taken(const QString &service, const QDateTime &due) const override;
    [[nodiscard]] StoreResult<std::optional<BookedAppointment>> find(const QString &code) const override;
    [[nodiscard]] StoreResult<bool> changeState(const QString &code, AppointmentState from, AppointmentState to,
                                                const QDateTime &at) override;
    [[nodiscard]] StoreResult<QList<BookedAppointment>> day(QDate day) const override;

private:
    SqliteAppointmentStore() = default;
    [[nodiscard]] StoreResult<int> takenLocked(const QString &service, const QDateTime &due) const;

    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
