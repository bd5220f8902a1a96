// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/speechsynthesizer.h"

namespace Madoguchi {

/// Speech by espeak-ng (Debian's package espeak-ng), a separate program run once per sentence.
/// Voices per product language: ja, cmn (zh-Hans), ko, vi, tr, pt-br, ne, en; Filipino has no
/// espeak-ng voice and is read with the English one.
class EspeakSpeech final : public SpeechSynthesizer
{
public:
    /// The program to run (espeak-ng on the PATH by default).
    explicit EspeakSpeech(QString program = QStringLiteral("espeak-ng"));

    [[nodiscard]] SpeechResult<QByteArray> synthesize(const QString &text, const QString &language) override;

    /// The espeak-ng voice for a product language.
    [[nodiscard]] static QString voiceFor(const QString &language);

private:
    QString m_program;
};

} // namespace Madoguchi
