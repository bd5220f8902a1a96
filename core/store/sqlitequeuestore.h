// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/queuestore.h"
#include "sqlitedatabase.h"

#include <memory>
#include <mutex>

namespace Madoguchi {

/// The queue store on one SQLite file: WAL journal, synchronous=FULL, prepared statements, one
/// transaction per commit. Refuses files written by a newer schema, other databases and damaged
/// files, and never overwrites them.
class SqliteQueueStore final : public QueueStore
{
public:
    /// Opens (creating when missing) and migrates the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteQueueStore>> open(const QString &path);
    ~SqliteQueueStore() override;

    [[nodiscard]] StoreResult<QueueState> loadState() override;
    [[nodiscard]] StoreResult<QList<Event>> commit(const QList<Event> &events, const StateChange &change) override;
    [[nodiscard]] StoreResult<QList<Event>> events(qint64 afterId, int limit) const override;
    [[nodiscard]] StoreResult<qint64> latestEventId() const override;

    /// How durable commits are, e.g. "journal_mode=wal synchronous=2" (2 is FULL).
    [[nodiscard]] QString durability() const;
    /// The answer of PRAGMA integrity_check: "ok" for a sound file.
    [[nodiscard]] QString integrityCheck() const;
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    explicit SqliteQueueStore(QString path);
    StoreResult<Done> prepareStatements();
    bool writeChange(const StateChange &change);
    StoreError readError(const QString &what) const;

    QString m_path;
    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Madoguchi
