// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteschema.h"

namespace Madoguchi {

/// The office database (madoguchi.sqlite): the queue, its event log and the credentials.
[[nodiscard]] const SqliteSchema &queueSchema();

} // namespace Madoguchi
