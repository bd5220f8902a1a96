#include "mediasoundplayer.h"

#include "common/devicelogging.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

namespace Madoguchi {

MediaSoundPlayer::MediaSoundPlayer(QObject *parent)
    : SoundPlayer(parent)
    , m_output(std::make_unique<QAudioOutput>())
    , m_player(std::make_unique<QMediaPlayer>())
{
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
            Q_EMIT finished();
    });
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &why) {
        qCWarning(lcSound).noquote() << "a sound could not be played:" << why;
        Q_EMIT finished(); // a silent board still calls numbers on screen
    });
}

MediaSoundPlayer::~MediaSoundPlayer()
{
    m_player->stop();
}

void MediaSoundPlayer::play(const QByteArray &wav, double volume)
{
    m_player->stop();
    m_buffer.close();
    m_buffer.setData(wav);
    m_buffer.open(QIODevice::ReadOnly);
    m_output->setVolume(float(volume));
    m_player->setSourceDevice(&m_buffer, QUrl(QStringLiteral("sound.wav")));
    m_player->play();
}

} // namespace Madoguchi
