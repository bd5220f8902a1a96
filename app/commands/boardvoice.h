#pragma once

#include "board/announcer.h"
#include "voice/espeakspeech.h"
#include "voice/mediasoundplayer.h"

namespace Madoguchi {
class BoardController;
}

namespace Madoguchi::Cli {

/// The board's chime and spoken calls, wired: espeak-ng speech on the default audio output, each
/// new call of the board announced.
class BoardVoice
{
public:
    BoardVoice(BoardController &board, const LanguageCatalogs &catalogs, const QString &officeLanguage, AnnouncerSettings settings);

private:
    EspeakSpeech m_speech;
    MediaSoundPlayer m_player;
    Announcer m_announcer;
};

} // namespace Madoguchi::Cli
