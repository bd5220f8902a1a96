#pragma once

#include "voiceoutput.h"

#include "board/announcer.h"

namespace Madoguchi {
class BoardController;
}

namespace Madoguchi::Cli {

/// The board's chime and spoken calls, wired: each new call of the board announced.
class BoardVoice
{
public:
    BoardVoice(BoardController &board, const LanguageCatalogs &catalogs, const QString &officeLanguage, SoundSettings settings);

private:
    VoiceOutput m_output;
    Announcer m_announcer;
};

} // namespace Madoguchi::Cli
