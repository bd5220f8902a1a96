// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteappointmentstore.h"

#include "queueschema.h"
#include "sqliteschema.h"

#include <sqlite3.h>

namespace Madoguchi {

namespace {

constexpr int kCodeDraws = 8;

BookedAppointment appointmentFrom(const SqliteStatement &row, const QString &code, int first)
{
    return BookedAppointment{code, row.text(first), QDateTime::fromMSecsSinceEpoch(row.integer(first + 1), Qt::UTC), row.text(first + 2),
                             appointmentStateFromName(row.text(first + 3)).value_or(AppointmentState::Cancelled)};
}

} // namespace

StoreResult<std::unique_ptr<SqliteAppointmentStore>> SqliteAppointmentStore::open(const QString &path)
{
    std::unique_ptr<SqliteAppointmentStore> store(new SqliteAppointmentStore);
    if (auto opened = queueSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

StoreResult<int> SqliteAppointmentStore::takenLocked(const QString &service, const QDateTime &due) const
{
    auto taken = m_db.prepare("SELECT count(*) FROM appointments WHERE service = ?1 AND due = ?2 AND state <> 'cancelled'");
    if (!taken)
        return writeFailure(m_db);
    taken->bind(1, service);
    taken->bind(2, due.toMSecsSinceEpoch());
    if (!taken->next())
        return writeFailure(m_db);
    return int(taken->integer(0));
}

StoreResult<int> SqliteAppointmentStore::taken(const QString &service, const QDateTime &due) const
{
    std::lock_guard lock(m_mutex);
    return takenLocked(service, due);
}

StoreResult<std::optional<BookedAppointment>> SqliteAppointmentStore::bookIfRoom(const NewAppointment &appointment, int capacity,
                                                                                 const std::function<QString()> &drawCode)
{
    std::lock_guard lock(m_mutex);
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeFailure(m_db);
    const auto taken = takenLocked(appointment.service, appointment.due);
    if (!taken || *taken >= capacity) {
        m_db.exec("ROLLBACK");
        if (!taken)
            return taken.error();
        return std::optional<BookedAppointment>();
    }
    auto insert = m_db.prepare("INSERT INTO appointments (code, service, due, day, language, state, booked_at, booked_by) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, 'booked', ?6, ?7) ON CONFLICT (code) DO NOTHING");
    BookedAppointment booked{QString(), appointment.service, appointment.due.toUTC(), appointment.language, AppointmentState::Booked};
    bool inserted = false;
    for (int draw = 0; insert && !inserted && draw < kCodeDraws; ++draw) {
        booked.code = drawCode();
        insert->bind(1, booked.code);
        insert->bind(2, appointment.service);
        insert->bind(3, appointment.due.toMSecsSinceEpoch());
        insert->bind(4, appointment.day.toString(Qt::ISODate));
        insert->bind(5, appointment.language);
        insert->bind(6, appointment.bookedAt.toMSecsSinceEpoch());
        insert->bind(7, appointment.bookedBy);
        inserted = insert->run() && m_db.changes() == 1;
    }
    if (!inserted || m_db.exec("COMMIT") != SQLITE_OK) {
        const StoreError error = writeFailure(m_db);
        m_db.exec("ROLLBACK");
        return error;
    }
    return std::optional<BookedAppointment>(booked);
}

StoreResult<std::optional<BookedAppointment>> SqliteAppointmentStore::find(const QString &code) const
{
    std::lock_guard lock(m_mutex);
    auto select = m_db.prepare("SELECT service, due, language, state FROM appointments WHERE code = ?1");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, code);
    if (!select->next()) {
        if (select->errorCode() != SQLITE_DONE)
            return writeFailure(m_db);
        return std::optional<BookedAppointment>();
    }
    return std::optional<BookedAppointment>(appointmentFrom(*select, code, 0));
}

StoreResult<bool> SqliteAppointmentStore::changeState(const QString &code, AppointmentState from, AppointmentState to, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    auto update = m_db.prepare("UPDATE appointments SET state = ?3, changed_at = ?4 WHERE code = ?1 AND state = ?2");
    if (!update)
        return writeFailure(m_db);
    update->bind(1, code);
    update->bind(2, appointmentStateName(from));
    update->bind(3, appointmentStateName(to));
    update->bind(4, at.toMSecsSinceEpoch());
    if (!update->run())
        return writeFailure(m_db);
    return m_db.changes() == 1;
}

StoreResult<QList<BookedAppointment>> SqliteAppointmentStore::day(QDate day) const
{
    std::lock_guard lock(m_mutex);
    auto select = m_db.prepare("SELECT code, service, due, language, state FROM appointments WHERE day = ?1 ORDER BY due, code");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, day.toString(Qt::ISODate));
    QList<BookedAppointment> list;
    while (select->next())
        list.append(appointmentFrom(*select, select->text(0), 1));
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return list;
}

} // namespace Madoguchi
