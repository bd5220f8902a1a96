// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"
#include "tomlreader.h"

namespace Madoguchi {

/// Reads the optional [server] and [notify] tables of an office configuration into config.
void readServerConfig(TomlReader &reader, const toml::table &root, ServerConfig &config);

} // namespace Madoguchi
