#pragma once

#include "queuestore.h"

namespace Madoguchi {

class SqliteDatabase;

/// The SQLite schema of the queue store and its migrations, in order; PRAGMA user_version
/// records how many have run.
namespace SqliteSchema {

/// The schema version this build writes.
[[nodiscard]] int currentVersion();
/// The application id stamped into every Madoguchi database ("MADO").
constexpr qint64 kApplicationId = 0x4D41444F;
/// Opens (creating when missing) a Madoguchi database: refuses foreign, damaged and newer files
/// without touching them, switches to WAL with synchronous=FULL and runs the pending migrations.
[[nodiscard]] StoreResult<Done> openDatabase(SqliteDatabase &db, const QString &path);
/// Runs the migrations the database has not had yet, each in its own transaction.
[[nodiscard]] StoreResult<Done> migrate(SqliteDatabase &db, const QString &path);

} // namespace SqliteSchema
} // namespace Madoguchi
