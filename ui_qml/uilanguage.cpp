// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "text/phrasebreaks.h"

#include "common/languagecatalogs.h"
#include "injectedsingleton.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace Madoguchi {

namespace {

UiLanguage *s_instance = nullptr;

} // namespace

UiLanguage::UiLanguage(QQmlEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    s_instance = this;
}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    s_instance = nullptr;
}

UiLanguage *UiLanguage::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

void UiLanguage::apply(const QString &language)
{
    if (language == m_current)
        return;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(LanguageCatalogs::catalogName(language), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_translator.get());
    else
        m_translator.reset(); // English is the source language: no catalogue
    m_current = language;
    m_engine.retranslate();
    Q_EMIT currentChanged();
}

QString UiLanguage::fontFamily(const QString &language)
{
    if (language == u"ko")
        return QStringLiteral("Noto Sans CJK KR");
    if (language == u"zh-Hans")
        return QStringLiteral("Noto Sans CJK SC");
    if (language == u"ne")
        return QStringLiteral("Noto Sans Devanagari");
    return QStringLiteral("Noto Sans CJK JP");
}

QString UiLanguage::endonym(const QString &language)
{
    return LanguageCatalogs::endonym(language);
}

QString UiLanguage::phrases(const QString &text)
{
    return keepPhrasesTogether(text);
}

} // namespace Madoguchi
