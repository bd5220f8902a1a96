// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/audiosinkplayer.h"
#include "voice/espeakspeech.h"
#include "voice/japanesereading.h"

namespace Madoguchi::Cli {

/// A front end's voice: espeak-ng speech (Japanese read through MeCab first) played on the default
/// audio output.
struct VoiceOutput {
    EspeakSpeech espeak;
    JapaneseReadingSpeech speech{espeak};
    AudioSinkPlayer player;
};

} // namespace Madoguchi::Cli
