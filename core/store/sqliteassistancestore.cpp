// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteassistancestore.h"

#include "queueschema.h"
#include "sqliteschema.h"

#include <sqlite3.h>

namespace Madoguchi {

StoreResult<std::unique_ptr<SqliteAssistanceStore>> SqliteAssistanceStore::open(const QString &path)
{
    std::unique_ptr<SqliteAssistanceStore> store(new SqliteAssistanceStore);
    if (auto opened = queueSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

StoreResult<QList<AssistanceCall>> SqliteAssistanceStore::openCallsLocked(QDate day) const
{
    auto select = m_db.prepare("SELECT id, kiosk, language, requested_at FROM assistance_calls "
                               "WHERE answered_at IS NULL AND day = ?1 ORDER BY requested_at, id");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, day.toString(Qt::ISODate));
    QList<AssistanceCall> calls;
    while (select->next())
        calls.append({select->integer(0), select->text(1), select->text(2), QDateTime::fromMSecsSinceEpoch(select->integer(3), Qt::UTC)});
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return calls;
}

StoreResult<QList<AssistanceCall>> SqliteAssistanceStore::openCalls(QDate day) const
{
    std::lock_guard lock(m_mutex);
    return openCallsLocked(day);
}

StoreResult<RequestedCall> SqliteAssistanceStore::request(const QString &kiosk, const QString &language, QDate day, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeFailure(m_db);
    const auto fail = [this] {
        const StoreError error = writeFailure(m_db);
        m_db.exec("ROLLBACK");
        return error;
    };
    const auto open = openCallsLocked(day);
    if (!open)
        return fail();
    for (const AssistanceCall &earlier : *open) {
        if (earlier.kiosk == kiosk) {
            m_db.exec("ROLLBACK");
            return RequestedCall{earlier, false};
        }
    }
    auto insert = m_db.prepare("INSERT INTO assistance_calls (kiosk, language, day, requested_at) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return fail();
    insert->bind(1, kiosk);
    insert->bind(2, language);
    insert->bind(3, day.toString(Qt::ISODate));
    insert->bind(4, at.toMSecsSinceEpoch());
    if (!insert->run())
        return fail();
    const qint64 id = m_db.lastInsertId();
    if (m_db.exec("COMMIT") != SQLITE_OK)
        return fail();
    return RequestedCall{AssistanceCall{id, kiosk, language, at.toUTC()}, true};
}

StoreResult<CallAnswer> SqliteAssistanceStore::answer(qint64 id, const QString &staff, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    auto update = m_db.prepare("UPDATE assistance_calls SET answered_by = ?2, answered_at = ?3 WHERE id = ?1 AND answered_at IS NULL");
    auto exists = m_db.prepare("SELECT count(*) FROM assistance_calls WHERE id = ?1");
    if (!update || !exists)
        return writeFailure(m_db);
    update->bind(1, id);
    update->bind(2, staff);
    update->bind(3, at.toMSecsSinceEpoch());
    if (!update->run())
        return writeFailure(m_db);
    if (m_db.changes() == 1)
        return CallAnswer::Answered;
    exists->bind(1, id);
    if (!exists->next())
        return writeFailure(m_db);
    return exists->integer(0) == 0 ? CallAnswer::Unknown : CallAnswer::AlreadyAnswered;
}

} // namespace Madoguchi
