#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QQueue>
#include <QString>

namespace Madoguchi {

class LanguageCatalogs;
class SoundPlayer;
class SpeechSynthesizer;

/// How the board sounds: muted, or at a volume from 0 to 1.
struct AnnouncerSettings {
    bool muted = false;
    double volume = 0.8;
};

/// The board's voice: each call is the chime, then the sentence in the office's language, then in
/// the visitor's (when it differs). Calls are queued and never overlap: the next sound starts when
/// the last has finished. Speech is made on a worker thread just before it is played; a sentence
/// that cannot be spoken is skipped (the number is on the screen anyway).
class Announcer : public QObject
{
    Q_OBJECT
public:
    Announcer(SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs, QString officeLanguage,
              QByteArray chime, AnnouncerSettings settings, QObject *parent = nullptr);
    ~Announcer() override;

    /// Queues the call of a number to a counter, spoken also in the visitor's language.
    void announce(const QString &number, int counter, const QString &language);

    /// The sentence for a call in a language ("Number A-023, please come to counter 3.").
    [[nodiscard]] QString sentence(const QString &number, int counter, const QString &language) const;

    /// True while a sound plays or waits to.
    [[nodiscard]] bool busy() const { return m_playing || !m_queue.isEmpty(); }

Q_SIGNALS:
    /// A sound started: the chime (empty text) or a sentence in its language.
    void sounding(const QString &text, const QString &language);
    /// Everything queued has been played.
    void idle();

private:
    struct Sound {
        QString text;     ///< empty for the chime
        QString language;
    };
    void next();
    void play(const QByteArray &wav);

    SpeechSynthesizer &m_speech;
    SoundPlayer &m_player;
    const LanguageCatalogs &m_catalogs;
    QString m_officeLanguage;
    QByteArray m_chime;
    AnnouncerSettings m_settings;
    QQueue<Sound> m_queue;
    bool m_playing = false;
    QFutureWatcher<QByteArray> m_synthesis;
};

} // namespace Madoguchi
