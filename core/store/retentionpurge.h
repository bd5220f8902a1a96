// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/storeresult.h"
#include "sqlitedatabase.h"

#include <QDate>
#include <QDateTime>

#include <memory>

namespace Madoguchi {

/// What is old enough to be deleted: records of office days before `day` or made before `instant`;
/// the audit of credentials before `auditInstant`.
struct PurgeCutoff {
    QDate day;
    QDateTime instant;
    QDateTime auditInstant;
};

/// What a purge deleted.
struct PurgeCounts {
    int visits = 0;
    int events = 0;
    int appointments = 0;
    int assistanceCalls = 0;
    int sessions = 0;
    int auditRecords = 0;
    friend bool operator==(const PurgeCounts &, const PurgeCounts &) = default;
};

/// The retention purge of an office database (madoguchi.sqlite), on a connection of its own: closed
/// visits with their steps, events, reservations, calls for a clerk and staff sessions of before the
/// cut-off, and audit records of before the audit cut-off, in one transaction. Open visits stay,
/// whatever their age; the newest event stays, and ids freed are never given out again, so that
/// resuming subscribers and the queue's numbering are unaffected. Deleted rows are overwritten and
/// the write-ahead log is emptied afterwards.
class RetentionPurge
{
public:
    [[nodiscard]] static StoreResult<std::unique_ptr<RetentionPurge>> open(const QString &path);

    [[nodiscard]] StoreResult<PurgeCounts> purge(const PurgeCutoff &cutoff);

private:
    RetentionPurge() = default;

    SqliteDatabase m_db;
};

} // namespace Madoguchi
