// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecredentialstore.h"

#include "queueschema.h"
#include "sqliteschema.h"

#include <sqlite3.h>

namespace Madoguchi {

namespace {

QDateTime instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

StoreResult<std::unique_ptr<SqliteCredentialStore>> SqliteCredentialStore::open(const QString &path)
{
    std::unique_ptr<SqliteCredentialStore> store(new SqliteCredentialStore);
    if (auto opened = queueSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

StoreResult<bool> SqliteCredentialStore::putDevice(const QString &name, Role role, const QString &tokenHash, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    auto existing = m_db.prepare("SELECT count(*) FROM devices WHERE name = ?1");
    if (!existing)
        return writeFailure(m_db);
    existing->bind(1, name);
    const bool replaced = existing->next() && existing->integer(0) > 0;
    if (!m_db.change("INSERT INTO devices (name, role, token_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (name) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash, "
                     "created_at = excluded.created_at, revoked_at = NULL",
                     {name, roleName(role), tokenHash, at.toMSecsSinceEpoch()}))
        return writeFailure(m_db);
    return replaced;
}

StoreResult<bool> SqliteCredentialStore::revokeDevice(const QString &name, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    const auto changed = m_db.change("UPDATE devices SET revoked_at = ?2 WHERE name = ?1", {name, at.toMSecsSinceEpoch()});
    if (!changed)
        return writeFailure(m_db);
    return *changed > 0;
}

StoreResult<std::optional<DeviceRecord>> SqliteCredentialStore::deviceByTokenHash(const QString &tokenHash) const
{
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT name, role FROM devices WHERE token_hash = ?1 AND revoked_at IS NULL");
    if (!query)
        return writeFailure(m_db);
    query->bind(1, tokenHash);
    if (!query->next())
        return query->errorCode() == SQLITE_DONE ? StoreResult<std::optional<DeviceRecord>>(std::nullopt) : writeFailure(m_db);
    const auto role = roleFromName(query->text(1));
    if (!role)
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(DeviceRecord{query->text(0), *role});
}

StoreResult<bool> SqliteCredentialStore::putStaff(const QString &login, Role role, const QString &passwordHash, const QDateTime &at,
                                                  bool replace)
{
    std::lock_guard lock(m_mutex);
    const qint64 ms = at.toMSecsSinceEpoch();
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeFailure(m_db);
    const auto added = m_db.change(replace ? "INSERT INTO staff (login, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                                             "ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
                                             "password_hash = excluded.password_hash, disabled_at = NULL"
                                           : "INSERT INTO staff (login, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                                             "ON CONFLICT (login) DO NOTHING",
                                   {login, roleName(role), passwordHash, ms});
    const bool ended = !replace || m_db.change("UPDATE sessions SET ended_at = ?2 WHERE login = ?1 AND ended_at IS NULL", {login, ms});
    if (!added || !ended || m_db.exec("COMMIT") != SQLITE_OK) {
        const StoreError error = writeFailure(m_db);
        m_db.exec("ROLLBACK");
        return error;
    }
    return *added > 0;
}

StoreResult<bool> SqliteCredentialStore::disableStaff(const QString &login, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    const qint64 ms = at.toMSecsSinceEpoch();
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeFailure(m_db);
    const auto disabled = m_db.change("UPDATE staff SET disabled_at = ?2 WHERE login = ?1", {login, ms});
    const auto ended = m_db.change("UPDATE sessions SET ended_at = ?2 WHERE login = ?1 AND ended_at IS NULL", {login, ms});
    if (!disabled || !ended || m_db.exec("COMMIT") != SQLITE_OK) {
        const StoreError error = writeFailure(m_db);
        m_db.exec("ROLLBACK");
        return error;
    }
    return *disabled > 0;
}

StoreResult<std::optional<StaffRecord>> SqliteCredentialStore::enabledStaff(const QString &login) const
{
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT password_hash, role FROM staff WHERE login = ?1 AND disabled_at IS NULL");
    if (!query)
        return writeFailure(m_db);
    query->bind(1, login);
    if (!query->next())
        return query->errorCode() == SQLITE_DONE ? StoreResult<std::optional<StaffRecord>>(std::nullopt) : writeFailure(m_db);
    const auto role = roleFromName(query->text(1));
    if (!role)
        return std::optional<StaffRecord>();
    return std::optional<StaffRecord>(StaffRecord{*role, query->text(0)});
}

StoreResult<Done> SqliteCredentialStore::openSession(const QString &tokenHash, const QString &login, int counter, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    if (!m_db.change("INSERT INTO sessions (token_hash, login, counter, created_at, last_used_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                     {tokenHash, login, qint64(counter), at.toMSecsSinceEpoch()}))
        return writeFailure(m_db);
    return Done{};
}

StoreResult<std::optional<SessionRecord>> SqliteCredentialStore::session(const QString &tokenHash) const
{
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT s.login, st.role, s.counter, s.created_at, s.last_used_at, s.ended_at IS NOT NULL, "
                              "st.disabled_at IS NOT NULL FROM sessions s JOIN staff st ON st.login = s.login WHERE s.token_hash = ?1");
    if (!query)
        return writeFailure(m_db);
    query->bind(1, tokenHash);
    if (!query->next())
        return query->errorCode() == SQLITE_DONE ? StoreResult<std::optional<SessionRecord>>(std::nullopt) : writeFailure(m_db);
    return std::optional<SessionRecord>(SessionRecord{query->text(0), roleFromName(query->text(1)), int(query->integer(2)),
                                                      instant(query->integer(3)), instant(query->integer(4)), query->integer(5) != 0,
                                                      query->integer(6) != 0});
}

StoreResult<Done> SqliteCredentialStore::touchSession(const QString &tokenHash, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    if (!m_db.change("UPDATE sessions SET last_used_at = ?2 WHERE token_hash = ?1", {tokenHash, at.toMSecsSinceEpoch()}))
        return writeFailure(m_db);
    return Done{};
}

StoreResult<Done> SqliteCredentialStore::endSession(const QString &tokenHash, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    // The row stays a week, so that a late request hears "the session has ended", not "unknown".
    if (!m_db.change("UPDATE sessions SET ended_at = ?2 WHERE token_hash = ?1 AND ended_at IS NULL", {tokenHash, at.toMSecsSinceEpoch()}))
        return writeFailure(m_db);
    (void)m_db.change("DELETE FROM sessions WHERE ended_at < ?1", {at.addDays(-7).toMSecsSinceEpoch()});
    return Done{};
}

StoreResult<Done> SqliteCredentialStore::appendAudit(AuthEvent event, const QString &name, const QString &address, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    if (!m_db.change("INSERT INTO auth_audit (at, event, name, address) VALUES (?1, ?2, ?3, ?4)",
                     {at.toMSecsSinceEpoch(), authEventName(event), name.left(64), address}))
        return writeFailure(m_db);
    return Done{};
}

StoreResult<QList<AuditEntry>> SqliteCredentialStore::audit(const QDateTime &since, int limit) const
{
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT at, event, name, address FROM auth_audit WHERE at >= ?1 ORDER BY id LIMIT ?2");
    if (!query)
        return writeFailure(m_db);
    query->bind(1, since.toMSecsSinceEpoch());
    query->bind(2, limit);
    QList<AuditEntry> entries;
    while (query->next())
        entries.append({instant(query->integer(0)), query->text(1), query->text(2), query->text(3)});
    if (query->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return entries;
}

StoreResult<qint64> SqliteCredentialStore::latestAuditId() const
{
    std::lock_guard lock(m_mutex);
    if (const auto id = m_db.queryInteger("SELECT COALESCE(MAX(id), 0) FROM auth_audit"))
        return *id;
    return writeFailure(m_db);
}

} // namespace Madoguchi
