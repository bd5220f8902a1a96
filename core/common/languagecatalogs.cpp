// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecatalogs.h"

#include <QHash>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Madoguchi {

LanguageCatalogs::LanguageCatalogs(const QStringList &languages)
{
    for (const QString &language : languages) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(catalogName(language), u":/i18n"_s))
            m_translators.emplace(language, std::move(translator));
    }
}

LanguageCatalogs::~LanguageCatalogs() = default;

QString LanguageCatalogs::catalogName(const QString &language)
{
    return u"madoguchi_"_s + QString(language).replace(u'-', u'_');
}

QString LanguageCatalogs::translate(const QString &language, const char *context, const char *source) const
{
    const auto translator = m_translators.find(language);
    const QString translated = translator == m_translators.end() ? QString() : translator->second->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString LanguageCatalogs::endonym(const QString &language)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("ja"), QStringLiteral("日本語")},       {QStringLiteral("ja-x-easy"), QStringLiteral("やさしい にほんご")},
        {QStringLiteral("en"), QStringLiteral("English")},      {QStringLiteral("zh-Hans"), QStringLiteral("简体中文")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},       {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("fil"), QStringLiteral("Filipino")},    {QStringLiteral("tr"), QStringLiteral("Türkçe")},
        {QStringLiteral("pt-BR"), QStringLiteral("Português")}, {QStringLiteral("ne"), QStringLiteral("नेपाली")},
    };
    return names.value(language, language);
}

} // namespace Madoguchi
