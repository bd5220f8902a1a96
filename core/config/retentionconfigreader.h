// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officeconfig.h"
#include "tomlreader.h"

namespace Madoguchi {

/// Reads the optional [retention] table into rules, checking the nightly close against the opening
/// hours (it must fall when the office is closed: after the last closing, or before the first
/// opening, which means the next morning).
void readRetention(TomlReader &reader, const toml::table &root, const OpeningHours &hours, RetentionRules &rules);

} // namespace Madoguchi
