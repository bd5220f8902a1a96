// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwidth.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

// Half-width katakana U+FF66 … U+FF9D in order, as their full-width forms (U+FF61 … U+FF65 are
// punctuation: 。「」、・).
constexpr char16_t kFullWidthKana[] =
    u"ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
constexpr char16_t kHalfWidthPunctuation[] = u"。「」、・";

// The kana a voiced mark (゛) joins, and those a semi-voiced mark (゜) joins.
constexpr char16_t kVoiceable[] = u"カキクケコサシスセソタチツテトハヒフヘホ";
constexpr char16_t kSemiVoiceable[] = u"ハヒフヘホ";

constexpr char16_t kVoicedMark = 0xFF9E;     // ﾞ
constexpr char16_t kSemiVoicedMark = 0xFF9F; // ﾟ

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u3000' || c == u'\t';
}

bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate()
        || (u >= 0xFF66 && u <= 0xFF9F);
}

} // namespace

QString toHalfWidthAscii(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else if (u == 0x3000)
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

QString toFullWidthKatakana(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF61 && u <= 0xFF65) {
            out.append(QChar(kHalfWidthPunctuation[u - 0xFF61]));
        } else if (u >= 0xFF66 && u <= 0xFF9D) {
            out.append(QChar(kFullWidthKana[u - 0xFF66]));
        } else if (u == kVoicedMark || u == kSemiVoicedMark) {
            const QChar last = out.isEmpty() ? QChar() : out.back();
            if (u == kVoicedMark && last == u'ウ')
                out.back() = u'ヴ';
            else if (u == kVoicedMark && QStringView(kVoiceable).contains(last))
                out.back() = QChar(char16_t(last.unicode() + 1)); // ガ follows カ, バ follows ハ
            else if (u == kSemiVoicedMark && QStringView(kSemiVoiceable).contains(last))
                out.back() = QChar(char16_t(last.unicode() + 2)); // パ follows バ
            else
                out.append(u == kVoicedMark ? u'゛' : u'゜');
        } else {
            out.append(c);
        }
    }
    return out;
}

QString hiraganaToKatakana(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    }
    return out;
}

QString katakanaToHiragana(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F3)
            c = QChar(char16_t(c.unicode() - 0x60));
    }
    return out;
}

QString simplifiedSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size() && isSpace(text[i]))
        ++i;
    while (i < text.size()) {
        if (!isSpace(text[i])) {
            out.append(text[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isSpace(text[end]))
            ++end;
        if (end == text.size())
            break;
        const bool japanese = !out.isEmpty() && isJapanese(out.back()) && isJapanese(text[end]);
        out.append(japanese ? u'\u3000' : u' ');
        i = end;
    }
    return out;
}

} // namespace Madoguchi
