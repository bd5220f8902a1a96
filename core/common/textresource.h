// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Madoguchi {

/// A UTF-8 text compiled into the program (":/…"), or empty when the build lacks it.
[[nodiscard]] QString readTextResource(const QString &path);

} // namespace Madoguchi
