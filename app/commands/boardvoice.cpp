#include "boardvoice.h"

#include "board/boardcontroller.h"
#include "voice/wavaudio.h"

namespace Madoguchi::Cli {

BoardVoice::BoardVoice(BoardController &board, const LanguageCatalogs &catalogs, const QString &officeLanguage, SoundSettings settings)
    : m_announcer(m_output.speech, m_output.player, catalogs, officeLanguage, chimeWav(), settings)
{
    QObject::connect(&board, &BoardController::announced, &m_announcer, &Announcer::announce);
}

} // namespace Madoguchi::Cli
