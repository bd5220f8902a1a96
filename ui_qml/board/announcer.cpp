// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcer.h"

#include "common/languagecatalogs.h"

namespace Madoguchi {

namespace {

//: A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only,
//: the synthesizer cannot read kanji.
const char *const kCall = QT_TRANSLATE_NOOP("Madoguchi::Board", "Number %1, please come to counter %2.");

} // namespace

Announcer::Announcer(SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs, QString officeLanguage,
                     QByteArray chime, SoundSettings settings, QObject *parent)
    : QObject(parent)
    , m_catalogs(catalogs)
    , m_officeLanguage(std::move(officeLanguage))
    , m_chime(std::move(chime))
    , m_queue(speech, player, settings)
{
    connect(&m_queue, &SpeechQueue::sounding, this, &Announcer::sounding);
    connect(&m_queue, &SpeechQueue::idle, this, &Announcer::idle);
}

QString Announcer::sentence(const QString &number, int counter, const QString &language) const
{
    return m_catalogs.translate(language, "Madoguchi::Board", kCall).arg(number).arg(counter);
}

void Announcer::announce(const QString &number, int counter, const QString &language)
{
    m_queue.enqueueSound(m_chime);
    m_queue.enqueueSentence(sentence(number, counter, m_officeLanguage), m_officeLanguage);
    if (!language.isEmpty() && language != m_officeLanguage)
        m_queue.enqueueSentence(sentence(number, counter, language), language);
}

} // namespace Madoguchi
