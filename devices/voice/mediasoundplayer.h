#pragma once

#include "devices/soundplayer.h"

#include <QBuffer>

#include <memory>

class QAudioOutput;
class QMediaPlayer;

namespace Madoguchi {

/// Plays sounds on the default audio output through Qt Multimedia.
class MediaSoundPlayer final : public SoundPlayer
{
    Q_OBJECT
public:
    explicit MediaSoundPlayer(QObject *parent = nullptr);
    ~MediaSoundPlayer() override;

    void play(const QByteArray &wav, double volume) override;

private:
    std::unique_ptr<QAudioOutput> m_output;
    std::unique_ptr<QMediaPlayer> m_player;
    QBuffer m_buffer;
};

} // namespace Madoguchi
