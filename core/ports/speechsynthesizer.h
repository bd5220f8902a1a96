// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

/// Why speech could not be made.
enum class SpeechErrorCode {
    Unavailable, ///< no synthesizer installed or it cannot start
    Failed,      ///< it ran but gave no sound
};
using SpeechError = Error<SpeechErrorCode>;
template<typename T>
using SpeechResult = Result<T, SpeechErrorCode>;

/// Text to speech: a sentence in a language (a product language tag such as "ja", "vi") as a WAV
/// file (PCM). Blocks for a fraction of a second: call it off the GUI thread.
class SpeechSynthesizer
{
public:
    virtual ~SpeechSynthesizer() = default;

    /// The sentence spoken in the language, as WAV bytes.
    [[nodiscard]] virtual SpeechResult<QByteArray> synthesize(const QString &text, const QString &language) = 0;
};

} // namespace Madoguchi
