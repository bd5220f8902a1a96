// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/soundplayer.h"

#include <QAudioDevice>
#include <QBuffer>

#include <memory>

class QAudioSink;

namespace Madoguchi {

/// Plays PCM WAV sounds (the chime, espeak-ng's speech) on the default audio output through
/// QAudioSink, without a media pipeline. A machine that cannot play sound (no output device, a
/// format it does not take) stays silent with one clear log line: every sound then ends at once, so
/// that a board still shows its calls and a kiosk its screens.
class AudioSinkPlayer final : public SoundPlayer
{
    Q_OBJECT
public:
    explicit AudioSinkPlayer(QObject *parent = nullptr);
    ~AudioSinkPlayer() override;

    void play(const QByteArray &wav, double volume) override;
    /// False when there is no audio output to play on.
    [[nodiscard]] bool hasOutput() const { return !m_device.isNull(); }

private:
    void endSilently(const QString &why);
    void finishCurrent();

    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_samples;
    bool m_warned = false;
    quint64 m_playing = 0; ///< the sound now playing (0: none); each ends once
};

} // namespace Madoguchi
