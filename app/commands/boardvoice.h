// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voiceoutput.h"

#include "board/announcer.h"

namespace Madoguchi {
class BoardController;
}

namespace Madoguchi::Cli {

/// The board's chime and spoken calls, wired: each new call of the board announced, muted or at
/// the volume the office's configuration sets unless the command line fixes it.
class BoardVoice
{
public:
    /// fixed: the sound given on the command line; none: the office's configuration ([board]).
    BoardVoice(BoardController &board, const LanguageCatalogs &catalogs, const QString &officeLanguage, std::optional<SoundSettings> fixed);

private:
    VoiceOutput m_output;
    Announcer m_announcer;
};

} // namespace Madoguchi::Cli
