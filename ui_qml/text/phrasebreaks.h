// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Madoguchi {

/// Keeps the phrases of a text together on a line. Japanese, Chinese and Korean text may break
/// between any two characters (Unicode's line-breaking rules), which splits terms: 「医｜療費」,
/// 「てん｜しゅつ」. Between two such characters, and between one and a Latin letter or digit, this
/// puts a WORD JOINER (U+2060), so that a line breaks only at spaces, at punctuation (after 、。・）,
/// before （), and where a translator marked a break with a ZERO WIDTH SPACE (U+200B); a range mark
/// (〜 ～ –) is joined to what it stands between (0〜25分). Texts in
/// other scripts, which break at spaces, come back unchanged but for their ranges.
[[nodiscard]] QString keepPhrasesTogether(const QString &text);

/// The text without word joiners and zero-width spaces: as it is read and spoken.
[[nodiscard]] QString withoutBreakMarks(QString text);

} // namespace Madoguchi
