// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTranslator;

namespace Madoguchi {

/// The translations of the office's languages held side by side, for text addressed to one visitor
/// in the visitor's language (status page, notices) rather than in the process's own locale.
/// Catalogues are the compiled resources/i18n files (":/i18n/madoguchi_<language>.qm").
class LanguageCatalogs
{
public:
    explicit LanguageCatalogs(const QStringList &languages);
    ~LanguageCatalogs();
    LanguageCatalogs(const LanguageCatalogs &) = delete;
    LanguageCatalogs &operator=(const LanguageCatalogs &) = delete;

    /// The source text translated into the language; the source (English) when there is no translation.
    [[nodiscard]] QString translate(const QString &language, const char *context, const char *source) const;

    /// The language's name in itself ("Tiếng Việt"): a visitor looks for their own language's name.
    [[nodiscard]] static QString endonym(const QString &language);

    /// The catalogue's file name for a language tag ("ja-x-easy" → "madoguchi_ja_x_easy").
    [[nodiscard]] static QString catalogName(const QString &language);

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Madoguchi
