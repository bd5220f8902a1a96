// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"

#include "guide/guidecatalogue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Madoguchi {

/// What reading a guide catalogue gave: the catalogue, or every problem found in it.
struct GuideLoadResult {
    std::optional<GuideCatalogue> catalogue;
    QList<ConfigDiagnostic> diagnostics;
};

/// Reads the life-event guide's catalogue (TOML files of questions, life events and procedures,
/// docs/guide.md) and checks it as a whole (checkGuide): a catalogue with any problem is refused,
/// each problem with file:line.
class GuideReader
{
public:
    /// Files as (name, text), read in the order given; the names are used in diagnostics.
    [[nodiscard]] static GuideLoadResult readTexts(const QList<std::pair<QString, QByteArray>> &files);
    /// Every *.toml of a folder, in name order.
    [[nodiscard]] static GuideLoadResult readFolder(const QString &folder);
    /// The catalogue shipped with Madoguchi (resources/guide, in the binary).
    [[nodiscard]] static GuideLoadResult shipped();
    /// The catalogue an office names in [guide]; nothing, without a problem, when it names none.
    [[nodiscard]] static GuideLoadResult forOffice(const OfficeConfig &office);
};

} // namespace Madoguchi
