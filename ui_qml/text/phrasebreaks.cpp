// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrasebreaks.h"

#include <QChar>
#include <QList>

namespace Madoguchi {

namespace {

constexpr char32_t kWordJoiner = 0x2060;
constexpr char32_t kZeroWidthSpace = 0x200B;

// Characters between which Unicode allows a line break anywhere: ideographs, kana, hangul, and the
// marks that belong to words written in them (ー 々 〆 ヶ).
bool breaksAnywhere(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul: return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Letter_Modifier;
    default: return c == 0x30FC || c == 0xFF70 || c == 0x3005 || c == 0x3006 || c == 0x30F6;
    }
}

bool joinable(char32_t c)
{
    return breaksAnywhere(c) || QChar::isLetterOrNumber(c);
}

// The marks of a range (0〜25分, 45–110): never a line's end or start beside what they join.
bool rangeMark(char32_t c)
{
    return c == 0x301C || c == 0xFF5E || c == 0x2013;
}

} // namespace

QString keepPhrasesTogether(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    QString kept;
    kept.reserve(text.size() * 2);
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const char32_t c = characters.at(i);
        if (i > 0) {
            const char32_t before = characters.at(i - 1);
            const bool letters = joinable(before) && joinable(c) && (breaksAnywhere(before) || breaksAnywhere(c));
            const bool range = (rangeMark(before) && joinable(c)) || (joinable(before) && rangeMark(c));
            if (letters || range)
                kept.append(QChar(char16_t(kWordJoiner)));
        }
        kept.append(QStringView(QChar::fromUcs4(c)));
    }
    return kept;
}

QString withoutBreakMarks(QString text)
{
    text.remove(QChar(char16_t(kWordJoiner)));
    text.remove(QChar(char16_t(kZeroWidthSpace)));
    return text;
}

} // namespace Madoguchi
