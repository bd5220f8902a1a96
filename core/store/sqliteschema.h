// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/storeresult.h"

#include <span>

namespace Madoguchi {

class SqliteDatabase;

/// The layout of one kind of Madoguchi database: the application id stamped into its files and its
/// migrations in order (each moves the schema from version i to i + 1; PRAGMA user_version records
/// how many have run). Never edit a released migration: add one.
/// The error for a write the database refused, with SQLite's reason for a person.
[[nodiscard]] StoreError writeFailure(const SqliteDatabase &db);

struct SqliteSchema {
    qint64 applicationId;
    std::span<const char *const> migrations;

    /// The schema version this build writes.
    [[nodiscard]] int currentVersion() const { return int(migrations.size()); }
    /// Opens (creating when missing) a database of this kind: refuses foreign, damaged and newer files
    /// without touching them, switches to WAL with synchronous=FULL and runs the pending migrations.
    [[nodiscard]] StoreResult<Done> open(SqliteDatabase &db, const QString &path) const;
    /// Runs the migrations the database has not had yet, each in its own transaction.
    [[nodiscard]] StoreResult<Done> migrate(SqliteDatabase &db, const QString &path) const;
};

} // namespace Madoguchi
