// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "translation.h"

#include <QStringList>

namespace Madoguchi {

/// A sentence for a person kept untranslated, with what fills its %1, %2 …, so that it can be told
/// in any language: the process's (logs, events), or a visitor's or clerk's through LanguageCatalogs.
/// The source is marked with QT_TRANSLATE_NOOP where it is written, so lupdate finds it.
struct Sentence {
    const char *context = nullptr;
    const char *source = nullptr;
    QStringList arguments;

    [[nodiscard]] bool isEmpty() const { return source == nullptr; }
    /// The sentence in the language of translate, filled in (in one pass: an argument that
    /// itself holds "%2" stays as it is).
    [[nodiscard]] QString text(const TranslateFunction &translate = processTranslation) const;
};

} // namespace Madoguchi
