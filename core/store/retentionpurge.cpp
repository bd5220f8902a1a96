// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionpurge.h"

#include "queueschema.h"

#include "common/logging.h"

#include <sqlite3.h>

#include <variant>

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
    // Runs one statement with ?1 bound to a day or an instant; count: the rows it changed.
    const auto run = [&](const char *sql, const std::variant<std::monostate, QString, qint64> &value, int *count = nullptr) {
        auto statement = ok ? m_db.prepare(sql) : std::nullopt;
        ok = statement.has_value();
        if (!ok)
            return;
        if (const auto *text = std::get_if<QString>(&value))
            statement->bind(1, *text);
        else if (const auto *number = std::get_if<qint64>(&value))
            statement->bind(1, *number);
        ok = statement->run();
        if (ok && count)
            *count = m_db.changes();
    };
    // The event log refuses deletions, except of events older than office_state.purge_before.
    run("UPDATE office_state SET last_visit_id = max(last_visit_id, coalesce((SELECT max(id) FROM visits), 0)), "
        "last_step_id = max(last_step_id, coalesce((SELECT max(id) FROM steps), 0)), purge_before = ?1 WHERE id = 1",
        instant);
    run("DELETE FROM events WHERE at < ?1 AND id < (SELECT max(id) FROM events)", instant, &counts.events);
    run("UPDATE office_state SET purge_before = NULL WHERE id = 1", {});
    run("DELETE FROM steps WHERE visit_id IN (SELECT id FROM visits WHERE day < ?1 AND open = 0)", day);
    run("DELETE FROM visits WHERE day < ?1 AND open = 0", day, &counts.visits);
    run("DELETE FROM appointments WHERE day < ?1", day, &counts.appointments);
    run("DELETE FROM assistance_calls WHERE day < ?1", day, &counts.assistanceCalls);
    run("DELETE FROM sessions WHERE coalesce(ended_at, last_used_at) < ?1", instant, &counts.sessions);
    run("DELETE FROM auth_audit WHERE at < ?1", auditInstant, &counts.auditRecords);
    ok = ok && m_db.exec("COMMIT") == SQLITE_OK;
    if (!ok) {
        const int failure = m_db.errorCode();
        qCWarning(lcStore) << "the retention purge failed:" << failure << m_db.errorMessage();
        m_db.exec("ROLLBACK");
        return StoreError{StoreErrorCode::WriteFailed, explainSqliteCode(failure)};
    }
    // Copies of the deleted rows' pages may still sit in the write-ahead log until it is reset.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return counts;
}

} // namespace Madoguchi
