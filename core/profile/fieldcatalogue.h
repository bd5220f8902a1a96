// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/translation.h"
#include "fielddefinition.h"

#include <span>

namespace Madoguchi {

/// The shared field catalogue (書かない窓口): every field a visitor's profile can hold and a form can
/// print, in the order a clerk asks for them. One table for the forms, the console, the kiosk and
/// the pre-application page.
[[nodiscard]] std::span<const FieldDefinition> fieldCatalogue();

/// The field with this id, or nullptr.
[[nodiscard]] const FieldDefinition *findField(QStringView id);

/// The type's name in files and listings: "name", "kana", "postal-code" …
[[nodiscard]] QString fieldTypeName(FieldType type);

/// The field's label in the language of translate.
[[nodiscard]] QString fieldLabel(const FieldDefinition &field, const TranslateFunction &translate = processTranslation);

/// The label of one of a Choice field's codes in the language of translate; empty for an unknown code.
[[nodiscard]] QString choiceLabel(const FieldDefinition &field, QStringView code, const TranslateFunction &translate = processTranslation);

} // namespace Madoguchi
