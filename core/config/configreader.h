// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

/// Turns the TOML text of an office configuration into an OfficeConfig, collecting every problem
/// with its place. toml++ stays inside this translation unit.
[[nodiscard]] ConfigLoadResult readOfficeConfig(const QByteArray &text, const QString &fileName);

} // namespace Madoguchi
