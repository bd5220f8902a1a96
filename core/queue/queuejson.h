// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "visit.h"

#include <QJsonObject>

#include <optional>

namespace Madoguchi {

/// Instants in events and storage: milliseconds since the epoch, UTC; null for "never".
[[nodiscard]] QJsonValue instantToJson(const QDateTime &instant);
[[nodiscard]] QDateTime instantFromJson(const QJsonValue &value);

/// The strings of a JSON array (anything else reads as no strings).
[[nodiscard]] QStringList stringsFromJson(const QJsonValue &value);
[[nodiscard]] QJsonObject stepToJson(const Step &step);
[[nodiscard]] std::optional<Step> stepFromJson(const QJsonObject &object);
[[nodiscard]] QJsonObject visitToJson(const Visit &visit);
[[nodiscard]] std::optional<Visit> visitFromJson(const QJsonObject &object);

} // namespace Madoguchi
