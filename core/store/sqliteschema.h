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
/// Runs the migrations the database has not had yet, each in its own transaction.
[[nodiscard]] StoreResult<Done> migrate(SqliteDatabase &db, const QString &path);

} // namespace SqliteSchema
} // namespace Madoguchi
