// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech/speechqueue.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Madoguchi {

class LanguageCatalogs;
class SoundPlayer;
class SpeechSynthesizer;

/// The board's voice: each call is the chime, then the sentence in the office's language, then in
/// the visitor's (when it differs), played in order through a SpeechQueue: calls never overlap, a
/// sentence that cannot be spoken is skipped (the number is on the screen anyway).
class Announcer : public QObject
{
    Q_OBJECT
public:
    Announcer(SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs, QString officeLanguage, QByteArray chime,
              SoundSettings settings, QObject *parent = nullptr);

    /// Queues the call of a number to a counter, spoken also in the visitor's language.
    void announce(const QString &number, int counter, const QString &language);
    /// The sentence for a call in a language ("Number A-023, please come to counter 3.").
    [[nodiscard]] QString sentence(const QString &number, int counter, const QString &language) const;
    /// Muted or at another volume from the next call on.
    void setSettings(SoundSettings settings) { m_queue.setSettings(settings); }
    /// True while a sound plays or waits to.
    [[nodiscard]] bool busy() const { return m_queue.busy(); }

Q_SIGNALS:
    /// A sound started: the chime (empty text) or a sentence in its language.
    void sounding(const QString &text, const QString &language);
    /// Everything queued has been played.
    void idle();

private:
    const LanguageCatalogs &m_catalogs;
    QString m_officeLanguage;
    QByteArray m_chime;
    SpeechQueue m_queue;
};

} // namespace Madoguchi
