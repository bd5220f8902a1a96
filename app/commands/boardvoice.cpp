// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardvoice.h"

#include "board/boardcontroller.h"
#include "voice/wavaudio.h"

namespace Madoguchi::Cli {

BoardVoice::BoardVoice(BoardController &board, const LanguageCatalogs &catalogs, const QString &officeLanguage,
                       std::optional<SoundSettings> fixed)
    : m_announcer(m_output.speech, m_output.player, catalogs, officeLanguage, chimeWav(), fixed.value_or(SoundSettings{}))
{
    QObject::connect(&board, &BoardController::announced, &m_announcer, &Announcer::announce);
    if (!fixed) {
        QObject::connect(&board, &BoardController::soundConfigured, &m_announcer, [this](bool muted, int volumePercent) {
            m_announcer.setSettings({muted, volumePercent / 100.0});
        });
    }
}

} // namespace Madoguchi::Cli
