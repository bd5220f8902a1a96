// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"

#include "forms/formdefinition.h"

#include <optional>

namespace Madoguchi {

/// What reading a form definition gave: the form, or every problem found in it.
struct FormLoadResult {
    std::optional<FormDefinition> form;
    QList<ConfigDiagnostic> diagnostics;
};

/// What reading a folder of form definitions gave.
struct FormsLoadResult {
    QList<FormDefinition> forms; ///< the valid ones, ordered by id
    QList<ConfigDiagnostic> diagnostics;
};

/// Reads form definitions (TOML, docs/forms.md). A definition that names an unknown field, a part
/// its field has not, draws outside its paper or puts a value where another is printed is refused,
/// each problem with file:line and what is wrong.
class FormReader
{
public:
    [[nodiscard]] static FormLoadResult readText(const QByteArray &text, const QString &fileName);
    [[nodiscard]] static FormLoadResult readFile(const QString &path);
    /// Every *.toml of a folder; two forms with one id are refused.
    [[nodiscard]] static FormsLoadResult readFolder(const QString &folder);
    /// The forms shipped with Madoguchi (resources/forms, in the binary).
    [[nodiscard]] static FormsLoadResult shipped();
};

} // namespace Madoguchi
