// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Madoguchi {

/// A text given in several languages, keyed by language tag ("ja", "ja-x-easy", "en", "pt-BR" …).
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> byLanguage);

    /// The text in the language, else in Japanese, else in any language there is.
    [[nodiscard]] QString text(const QString &language) const;
    /// True when a text is given for exactly this language.
    [[nodiscard]] bool has(const QString &language) const;
    void set(const QString &language, const QString &text);
    /// Every text, keyed by language.
    [[nodiscard]] const QMap<QString, QString> &all() const { return m_byLanguage; }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_byLanguage;
};

} // namespace Madoguchi
