// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

LocalizedText::LocalizedText(QMap<QString, QString> byLanguage)
    : m_byLanguage(std::move(byLanguage))
{
}

QString LocalizedText::text(const QString &language) const
{
    if (auto it = m_byLanguage.constFind(language); it != m_byLanguage.cend())
        return *it;
    if (auto it = m_byLanguage.constFind(u"ja"_s); it != m_byLanguage.cend())
        return *it;
    return m_byLanguage.isEmpty() ? QString() : m_byLanguage.first();
}

bool LocalizedText::has(const QString &language) const
{
    return m_byLanguage.contains(language);
}

void LocalizedText::set(const QString &language, const QString &text)
{
    m_byLanguage.insert(language, text);
}

} // namespace Madoguchi
