// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "espeakspeech.h"

#include "common/translation.h"
#include "wavaudio.h"

#include <QProcess>

namespace Madoguchi {

namespace {

constexpr int kTimeoutMs = 10000;
constexpr int kWordsPerMinute = 140; // slower than espeak-ng's 175: a hall, elderly visitors

} // namespace

EspeakSpeech::EspeakSpeech(QString program)
    : m_program(std::move(program))
{
}

QString EspeakSpeech::voiceFor(const QString &language)
{
    if (language.startsWith(u"ja"))
        return QStringLiteral("ja");
    if (language == u"zh-Hans")
        return QStringLiteral("cmn");
    if (language == u"pt-BR")
        return QStringLiteral("pt-br");
    if (language == u"ko" || language == u"vi" || language == u"tr" || language == u"ne")
        return language;
    return QStringLiteral("en");
}

SpeechResult<QByteArray> EspeakSpeech::synthesize(const QString &text, const QString &language)
{
    QProcess espeak;
    // The text goes on standard input: nothing a visitor's data holds can become an option.
    espeak.start(m_program,
                 {QStringLiteral("-v"), voiceFor(language), QStringLiteral("-s"), QString::number(kWordsPerMinute),
                  QStringLiteral("--stdin"), QStringLiteral("--stdout")});
    if (!espeak.waitForStarted(kTimeoutMs))
        return SpeechError{SpeechErrorCode::Unavailable,
                           DevicesTr::tr("Speech is not available (%1 cannot be started: install espeak-ng).").arg(m_program)};
    espeak.write(text.toUtf8());
    espeak.closeWriteChannel();
    if (!espeak.waitForFinished(kTimeoutMs) || espeak.exitCode() != 0) {
        espeak.kill();
        return SpeechError{SpeechErrorCode::Failed,
                           DevicesTr::tr("Speech failed (%1).").arg(QString::fromLocal8Bit(espeak.readAllStandardError()).trimmed())};
    }
    const QByteArray wav = withWavSizes(espeak.readAllStandardOutput());
    if (!readWavInfo(wav))
        return SpeechError{SpeechErrorCode::Failed, DevicesTr::tr("Speech failed (no sound came out).")};
    return wav;
}

} // namespace Madoguchi
