// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanesereading.h"

#include "logging/devicelogging.h"

#include <QProcess>

namespace Madoguchi {

namespace {

constexpr int kTimeoutMs = 5000;

} // namespace

JapaneseReadingSpeech::JapaneseReadingSpeech(SpeechSynthesizer &speech, QString program)
    : m_speech(speech)
    , m_program(std::move(program))
{
}

QString JapaneseReadingSpeech::reading(const QString &text) const
{
    QProcess mecab;
    // The text goes on standard input, one line per sentence; -Oyomi prints each line's reading.
    mecab.start(m_program, {QStringLiteral("-Oyomi")});
    if (!mecab.waitForStarted(kTimeoutMs)) {
        qCWarning(lcSound) << "cannot start" << m_program << "- Japanese kanji will not be read (install mecab and mecab-ipadic-utf8)";
        return text;
    }
    QString oneLine = text;
    oneLine.replace(u'\n', u' ');
    mecab.write(oneLine.toUtf8() + '\n');
    mecab.closeWriteChannel();
    if (!mecab.waitForFinished(kTimeoutMs) || mecab.exitCode() != 0) {
        mecab.kill();
        qCWarning(lcSound) << m_program << "failed; the text is spoken as written";
        return text;
    }
    const QString read = QString::fromUtf8(mecab.readAllStandardOutput()).trimmed();
    return read.isEmpty() ? text : read;
}

SpeechResult<QByteArray> JapaneseReadingSpeech::synthesize(const QString &text, const QString &language)
{
    if (!language.startsWith(u"ja"))
        return m_speech.synthesize(text, language);
    return m_speech.synthesize(reading(text), language);
}

} // namespace Madoguchi
