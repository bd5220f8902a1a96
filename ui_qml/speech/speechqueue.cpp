// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechqueue.h"

#include "ports/soundplayer.h"
#include "ports/speechsynthesizer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Madoguchi {

SpeechQueue::SpeechQueue(SpeechSynthesizer &speech, SoundPlayer &player, SoundSettings settings, QObject *parent)
    : QObject(parent)
    , m_speech(speech)
    , m_player(player)
    , m_settings(settings)
{
    connect(&m_player, &SoundPlayer::finished, this, [this] {
        m_playing = false;
        next();
    });
    connect(&m_synthesis, &QFutureWatcher<QByteArray>::finished, this, [this] { play(m_synthesis.result()); });
}

SpeechQueue::~SpeechQueue()
{
    m_synthesis.waitForFinished(); // the synthesizer outlives no job
}

void SpeechQueue::enqueueSound(const QByteArray &wav)
{
    enqueue({{}, {}, wav});
}

void SpeechQueue::enqueueSentence(const QString &text, const QString &language)
{
    enqueue({text, language, {}});
}

void SpeechQueue::dropPending()
{
    m_queue.clear();
}

void SpeechQueue::enqueue(Sound sound)
{
    if (m_settings.muted)
        return;
    m_queue.enqueue(std::move(sound));
    if (!m_playing)
        next();
}

void SpeechQueue::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_playing = true;
    const Sound sound = m_queue.dequeue();
    Q_EMIT sounding(sound.text, sound.language);
    if (sound.text.isEmpty()) {
        play(sound.wav);
        return;
    }
    SpeechSynthesizer *speech = &m_speech;
    m_synthesis.setFuture(QtConcurrent::run([speech, sound] {
        const auto wav = speech->synthesize(sound.text, sound.language);
        return wav ? wav.value() : QByteArray();
    }));
}

void SpeechQueue::play(const QByteArray &wav)
{
    if (wav.isEmpty()) { // could not be spoken: go on with the next sound
        m_playing = false;
        next();
        return;
    }
    m_player.play(wav, m_settings.volume);
}

} // namespace Madoguchi
