// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/speechsynthesizer.h"

namespace Madoguchi {

/// Japanese text as espeak-ng can say it. espeak-ng reads kana but not kanji (it says "Chinese
/// letter" for each), so a Japanese sentence is first turned into its reading in katakana by MeCab
/// with the IPA dictionary (Debian's mecab and mecab-ipadic-utf8); other languages pass unchanged.
/// Without MeCab the text is passed on as it is (kana still reads right).
class JapaneseReadingSpeech final : public SpeechSynthesizer
{
public:
    /// speech: the synthesizer that speaks; program: MeCab (mecab on the PATH by default).
    explicit JapaneseReadingSpeech(SpeechSynthesizer &speech, QString program = QStringLiteral("mecab"));

    [[nodiscard]] SpeechResult<QByteArray> synthesize(const QString &text, const QString &language) override;

    /// The reading of a Japanese text in katakana, or the text itself when MeCab cannot be run.
    [[nodiscard]] QString reading(const QString &text) const;

private:
    SpeechSynthesizer &m_speech;
    QString m_program;
};

} // namespace Madoguchi
