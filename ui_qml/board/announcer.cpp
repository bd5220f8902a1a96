#include "announcer.h"

#include "common/languagecatalogs.h"
#include "devices/soundplayer.h"
#include "devices/speechsynthesizer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Madoguchi {

namespace {

//: A call spoken on the display board by a speech synthesizer; for Japanese write it in kana only,
//: the synthesizer cannot read kanji.
const char *const kCall = QT_TRANSLATE_NOOP("Madoguchi::Board", "Number %1, please come to counter %2.");

} // namespace

Announcer::Announcer(SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs, QString officeLanguage,
                     QByteArray chime, AnnouncerSettings settings, QObject *parent)
    : QObject(parent)
    , m_speech(speech)
    , m_player(player)
    , m_catalogs(catalogs)
    , m_officeLanguage(std::move(officeLanguage))
    , m_chime(std::move(chime))
    , m_settings(settings)
{
    connect(&m_player, &SoundPlayer::finished, this, [this] {
        m_playing = false;
        next();
    });
    connect(&m_synthesis, &QFutureWatcher<QByteArray>::finished, this, [this] { play(m_synthesis.result()); });
}

Announcer::~Announcer()
{
    m_synthesis.waitForFinished(); // the synthesizer outlives no job
}

QString Announcer::sentence(const QString &number, int counter, const QString &language) const
{
    return m_catalogs.translate(language, "Madoguchi::Board", kCall).arg(number).arg(counter);
}

void Announcer::announce(const QString &number, int counter, const QString &language)
{
    if (m_settings.muted)
        return;
    m_queue.enqueue({{}, {}});
    m_queue.enqueue({sentence(number, counter, m_officeLanguage), m_officeLanguage});
    if (!language.isEmpty() && language != m_officeLanguage)
        m_queue.enqueue({sentence(number, counter, language), language});
    if (!m_playing)
        next();
}

void Announcer::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_playing = true;
    const Sound sound = m_queue.dequeue();
    Q_EMIT sounding(sound.text, sound.language);
    if (sound.text.isEmpty()) {
        play(m_chime);
        return;
    }
    SpeechSynthesizer *speech = &m_speech;
    m_synthesis.setFuture(QtConcurrent::run([speech, sound] {
        const auto wav = speech->synthesize(sound.text, sound.language);
        return wav ? wav.value() : QByteArray();
    }));
}

void Announcer::play(const QByteArray &wav)
{
    if (wav.isEmpty()) { // could not be spoken: go on with the next sound
        m_playing = false;
        next();
        return;
    }
    m_player.play(wav, m_settings.volume);
}

} // namespace Madoguchi
