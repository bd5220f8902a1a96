// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test doubles of the voice interfaces (espeak-ng and Qt Multimedia themselves are tested in
// tests/devices/test_voice).
#include "ports/soundplayer.h"
#include "ports/speechsynthesizer.h"

#include <QList>

namespace Madoguchi::Test {

/// "Speaks" by returning the language and text as bytes ("vi|…"); refuses Turkish.
class EchoSpeech final : public SpeechSynthesizer
{
public:
    SpeechResult<QByteArray> synthesize(const QString &text, const QString &language) override
    {
        if (language == QLatin1String("tr"))
            return SpeechError{SpeechErrorCode::Failed, QStringLiteral("no voice")};
        return (language + u'|' + text).toUtf8();
    }
};

/// Records what it is asked to play; a sound ends when the test says so.
class RecordingPlayer final : public SoundPlayer
{
public:
    void play(const QByteArray &wav, double volume) override
    {
        played.append(wav);
        lastVolume = volume;
    }
    void end() { Q_EMIT finished(); }
    QList<QByteArray> played;
    double lastVolume = 0;
};

} // namespace Madoguchi::Test
