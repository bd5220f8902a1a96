// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech/speechqueue.h"

#include <QObject>
#include <QTimer>

namespace Madoguchi {

class KioskController;
class LanguageCatalogs;

/// Voice guidance at the kiosk: while the visitor has it on, each screen is read aloud in the
/// visitor's language with the words the screen shows (the services with the people waiting, the
/// ticket's number …), and so is any message. A new screen replaces what has not been said yet.
class KioskVoice : public QObject
{
    Q_OBJECT
public:
    KioskVoice(KioskController &kiosk, SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs,
               SoundSettings settings, QObject *parent = nullptr);

    /// What the kiosk's screen says now, in the visitor's language, as it is read aloud.
    [[nodiscard]] QString guidance() const;

Q_SIGNALS:
    /// A sentence started to sound.
    void speaking(const QString &text, const QString &language);

private:
    void update();
    /// Follows the card step's screens too, when the kiosk has a card reader.
    void followCard();
    /// What the card step's screen says.
    [[nodiscard]] QStringList cardGuidance() const;
    /// A text of the screens (context: the QML file) in the visitor's language.
    [[nodiscard]] QString shown(const char *context, const char *source) const;

    KioskController &m_kiosk;
    const LanguageCatalogs &m_catalogs;
    SpeechQueue m_queue;
    QTimer m_settle; ///< one guidance per burst of changes
    QString m_said;  ///< the guidance last queued, not repeated while the screen stays the same
};

} // namespace Madoguchi
