// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionpurge.h"

#include "queueschema.h"
#include "sqliteschema.h"

#include "common/logging.h"

#include <sqlite3.h>

namespace Madoguchi {

StoreResult<std::unique_ptr<RetentionPurge>> RetentionPurge::open(const QString &path)
{
    std::unique_ptr<RetentionPurge> purge(new RetentionPurge);
    if (auto opened = queueSchema().open(purge->m_db, path); !opened)
        return opened.error();
    return purge;
}

StoreResult<PurgeCounts> RetentionPurge::purge(const PurgeCutoff &cutoff)
{
    const QString day = cutoff.day.toString(Qt::ISODate);
    const qint64 instant = cutoff.instant.toMSecsSinceEpoch();
    const qint64 auditInstant = cutoff.auditInstant.toMSecsSinceEpoch();
    PurgeCounts counts;
    bool ok = m_db.exec("BEGIN IMMEDIATE") == SQLITE_OK;
    // Runs one statement while all before it succeeded; count: the rows it changed.
    const auto run = [&](const char *sql, std::initializer_list<SqliteDatabase::Value> values, int *count = nullptr) {
        const auto changed = ok ? m_db.change(sql, values) : std::nullopt;
        ok = changed.has_value();
        if (ok && count)
            *count = *changed;
    };
    // The event log refuses deletions, except of events older than office_state.purge_before.
    run("UPDATE office_state SET last_visit_id = max(last_visit_id, coalesce((SELECT max(id) FROM visits), 0)), "
        "last_step_id = max(last_step_id, coalesce((SELECT max(id) FROM steps), 0)), purge_before = ?1 WHERE id = 1",
        {instant});
    run("DELETE FROM events WHERE at < ?1 AND id < (SELECT max(id) FROM events)", {instant}, &counts.events);
    run("UPDATE office_state SET purge_before = NULL WHERE id = 1", {});
    run("DELETE FROM steps WHERE visit_id IN (SELECT id FROM visits WHERE day < ?1 AND open = 0)", {day});
    run("DELETE FROM visits WHERE day < ?1 AND open = 0", {day}, &counts.visits);
    run("DELETE FROM appointments WHERE day < ?1", {day}, &counts.appointments);
    run("DELETE FROM assistance_calls WHERE day < ?1", {day}, &counts.assistanceCalls);
    run("DELETE FROM sessions WHERE coalesce(ended_at, last_used_at) < ?1", {instant}, &counts.sessions);
    run("DELETE FROM auth_audit WHERE at < ?1", {auditInstant}, &counts.auditRecords);
    ok = ok && m_db.exec("COMMIT") == SQLITE_OK;
    if (!ok) {
        const StoreError error = writeFailure(m_db);
        qCWarning(lcStore) << "the retention purge failed:" << m_db.errorCode() << m_db.errorMessage();
        m_db.exec("ROLLBACK");
        return error;
    }
    // Copies of the deleted rows' pages may still sit in the write-ahead log until it is reset.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return counts;
}

} // namespace Madoguchi
