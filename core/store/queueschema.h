#pragma once

#include "sqliteschema.h"

namespace Madoguchi {

/// The office database (madoguchi.sqlite): the queue, its event log and the credentials.
[[nodiscard]] const SqliteSchema &queueSchema();

} // namespace Madoguchi
