// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiosinkplayer.h"

#include "wavaudio.h"

#include "logging/devicelogging.h"

#include <QAudioSink>
#include <QMediaDevices>

using namespace Qt::StringLiterals;

namespace Madoguchi {

AudioSinkPlayer::AudioSinkPlayer(QObject *parent)
    : SoundPlayer(parent)
    , m_device(QMediaDevices::defaultAudioOutput())
{
    if (m_device.isNull())
        endSilently(u"this machine has no audio output"_s);
}

AudioSinkPlayer::~AudioSinkPlayer()
{
    if (m_sink)
        m_sink->stop();
}

void AudioSinkPlayer::endSilently(const QString &why)
{
    if (!m_warned) {
        qCWarning(lcSound).noquote() << "sounds are not played:" << why << "- numbers and screens are shown as usual";
        m_warned = true;
    }
}

void AudioSinkPlayer::finishCurrent()
{
    if (m_playing == 0)
        return;
    m_playing = 0;
    Q_EMIT finished();
}

void AudioSinkPlayer::play(const QByteArray &wav, double volume)
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    static quint64 sounds = 0;
    const quint64 sound = ++sounds;
    m_playing = sound;
    const auto endNow = [this, sound] {
        // Later, as if played: whoever waits for finished() is not re-entered from play().
        QMetaObject::invokeMethod(
            this,
            [this, sound] {
                if (m_playing == sound)
                    finishCurrent();
            },
            Qt::QueuedConnection);
    };
    if (m_device.isNull())
        return endNow();
    const auto info = readWavInfo(wav);
    if (!info) {
        endSilently(u"a sound is not a PCM WAV file"_s);
        return endNow();
    }
    QAudioFormat format;
    format.setSampleRate(info->sampleRate);
    format.setChannelCount(info->channels);
    format.setSampleFormat(info->bitsPerSample == 8 ? QAudioFormat::UInt8 : QAudioFormat::Int16);
    if (!m_device.isFormatSupported(format)) {
        endSilently(u"the audio output does not take %1 Hz, %2 channel(s)"_s.arg(info->sampleRate).arg(info->channels));
        return endNow();
    }
    m_samples.close();
    m_samples.setData(wavSamples(wav));
    m_samples.open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(m_device, format);
    m_sink->setVolume(volume);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this, sound](QAudio::State state) {
        if (m_playing != sound || !m_sink)
            return;
        if (state == QAudio::IdleState) { // everything was played
            m_sink->stop();
            finishCurrent();
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            endSilently(u"the audio output failed (error %1)"_s.arg(int(m_sink->error())));
            finishCurrent();
        }
    });
    m_sink->start(&m_samples);
}

} // namespace Madoguchi
