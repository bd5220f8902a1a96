// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Madoguchi {

/// The terms that must never be split across two lines in a language, for the screen inspector:
/// the product's list (resources/i18n/unbreakable-terms.json) and, in Japanese, Chinese and Korean,
/// each phrase of the given names (split at spaces and punctuation: 住民異動（転入・転出・転居）
/// gives 住民異動, 転入, 転出, 転居).
[[nodiscard]] QStringList unbreakableTerms(const QString &language, const QStringList &names);

} // namespace Madoguchi
