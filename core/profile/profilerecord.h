// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QByteArray>

#include <optional>

namespace Madoguchi {

/// A profile as the server keeps it (sealed): every source's value with its time and the clerk's
/// choices, so that a profile read back is the profile written. Compact UTF-8 JSON, versioned.
[[nodiscard]] QByteArray profileRecord(const Profile &profile);

/// The profile of a record; empty when the record is not one this build wrote (another version,
/// damaged, or a value that no longer fits its field).
[[nodiscard]] std::optional<Profile> profileFromRecord(const QByteArray &record);

} // namespace Madoguchi
