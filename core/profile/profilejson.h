// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QJsonObject>

namespace Madoguchi {

/// A profile file (docs/forms.md): a JSON object keyed by the catalogue's field ids, the visitor's
/// values at the top and the household members' per-person values in "members", an array of
/// objects. Every value is a string, as a person would type it.
///
/// Reads it with every value from the given source; refuses an unknown key, a non-string value, a
/// per-visit field inside a member, too many members, or a value that does not fit its field, with
/// the key's path ("members[1].birthDate: …") but never the value.
[[nodiscard]] Result<Profile, FieldErrorCode> profileFromJson(const QJsonObject &json, ValueSource source, const QDateTime &at);

/// The values to print (agreed or chosen; a field still in conflict is left out) as a profile file.
[[nodiscard]] QJsonObject profileToJson(const Profile &profile);

/// The same values as the server's profile change from one source: {"source", "values": [{field,
/// person, value}]} (docs/server.md).
[[nodiscard]] QJsonObject profileChangeJson(const Profile &profile, ValueSource source);

} // namespace Madoguchi
