// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Madoguchi {

// Width and kana conversions for what visitors and clerks type. None of them touches a kanji: a
// name's character (髙, 﨑, 𠮷, a variation selector) is kept exactly as given, where Unicode
// normalisation (NFC, NFKC) would replace some compatibility ideographs by their unified twins.

/// Full-width ASCII (Ｆ１２３－) as half-width (F123-), the ideographic space as a space; all else kept.
[[nodiscard]] QString toHalfWidthAscii(QStringView text);
/// Half-width katakana (ｶﾞｯｺｳ) as full-width (ガッコウ), a voiced or semi-voiced mark joined to its
/// kana; all else kept.
[[nodiscard]] QString toFullWidthKatakana(QStringView text);
/// Hiragana as katakana (ふりがな → フリガナ); all else kept.
[[nodiscard]] QString hiraganaToKatakana(QStringView text);
/// Katakana as hiragana (フリガナ → ふりがな), for a form that asks for ふりがな; ヴ, ヵ and ヶ stay.
[[nodiscard]] QString katakanaToHiragana(QStringView text);
/// Leading and trailing spaces (ASCII or ideographic) removed, each inner run of them made one space
/// (the ideographic space when the text around it is Japanese, else an ASCII space).
[[nodiscard]] QString simplifiedSpaces(QStringView text);

} // namespace Madoguchi
