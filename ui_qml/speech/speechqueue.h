// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QQueue>
#include <QString>

namespace Madoguchi {

class SoundPlayer;
class SpeechSynthesizer;

/// How a front end sounds: muted, or at a volume from 0 to 1.
struct SoundSettings {
    bool muted = false;
    double volume = 0.8;
};

/// Sounds played one after the other, never overlapping: recorded sounds (a chime) and sentences,
/// which are spoken on a worker thread just before they are played. A sentence that cannot be
/// spoken is skipped. Muted, nothing is queued.
class SpeechQueue : public QObject
{
    Q_OBJECT
public:
    SpeechQueue(SpeechSynthesizer &speech, SoundPlayer &player, SoundSettings settings, QObject *parent = nullptr);
    ~SpeechQueue() override;

    /// Queues a recorded sound (WAV).
    void enqueueSound(const QByteArray &wav);
    /// Queues a sentence in a language.
    void enqueueSentence(const QString &text, const QString &language);
    /// Muted or at another volume from the next sound on.
    void setSettings(SoundSettings settings) { m_settings = settings; }
    /// Drops what has not started yet; what plays now finishes.
    void dropPending();

    /// True while a sound plays or waits to.
    [[nodiscard]] bool busy() const { return m_playing || !m_queue.isEmpty(); }
    [[nodiscard]] bool muted() const { return m_settings.muted; }

Q_SIGNALS:
    /// A sound started: a recorded one (empty text) or a sentence in its language.
    void sounding(const QString &text, const QString &language);
    /// Everything queued has been played.
    void idle();

private:
    struct Sound {
        QString text; ///< empty for a recorded sound
        QString language;
        QByteArray wav; ///< the recorded sound
    };
    void enqueue(Sound sound);
    void next();
    void play(const QByteArray &wav);

    SpeechSynthesizer &m_speech;
    SoundPlayer &m_player;
    SoundSettings m_settings;
    QQueue<Sound> m_queue;
    bool m_playing = false;
    QFutureWatcher<QByteArray> m_synthesis;
};

} // namespace Madoguchi
