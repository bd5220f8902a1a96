// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cp932text.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr const char *kCodec = "windows-31j";

int cellsOf(QChar character)
{
    return character.unicode() < 0x80 || (character.unicode() >= 0xFF61 && character.unicode() <= 0xFF9F) ? 1 : 2;
}

bool isClosingPunctuation(QChar character)
{
    return u"、。，．・：；？！）」』】〕〉》ー～,.;:!?)]}"_s.contains(character);
}

/// Characters that CP932 lacks but has a twin for (the WAVE DASH problem and typographic dashes).
QString withCp932Twins(QString text)
{
    struct Twin {
        char16_t from, to;
    };
    static constexpr Twin kTwins[] = {
        {u'\u301C', u'\uFF5E'}, // 〜 WAVE DASH → ～ FULLWIDTH TILDE
        {u'\u2212', u'\uFF0D'}, // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS
        {u'\u2016', u'\u2225'}, // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO
        {u'\u2014', u'\u2015'}, // — EM DASH → ― HORIZONTAL BAR
        {u'\u2013', u'-'},      // – EN DASH → hyphen-minus
    };
    for (const Twin &twin : kTwins)
        text.replace(QChar(twin.from), QChar(twin.to));
    return text;
}

} // namespace

std::optional<QByteArray> toCp932(const QString &text)
{
    QStringEncoder encoder(kCodec);
    QByteArray bytes = encoder.encode(withCp932Twins(text));
    if (encoder.hasError() || !encoder.isValid())
        return std::nullopt;
    return bytes;
}

QString fromCp932(const QByteArray &bytes)
{
    QStringDecoder decoder(kCodec);
    return decoder.decode(bytes);
}

QStringList wrapToCells(const QString &text, int maxCells)
{
    QStringList lines;
    QString line;
    int cells = 0;
    int lastSpace = -1;
    for (const QChar character : text) {
        const int width = cellsOf(character);
        if (cells + width > maxCells && !line.isEmpty()) {
            QString carry;
            if (lastSpace > 0) {
                carry = line.mid(lastSpace + 1);
                line.truncate(lastSpace);
            } else if (isClosingPunctuation(character) && line.size() > 1) {
                carry = line.right(1);
                line.chop(1);
            }
            lines.append(line);
            line = carry;
            cells = 0;
            for (const QChar carried : carry)
                cells += cellsOf(carried);
            lastSpace = -1;
            if (character == u' ' && line.isEmpty())
                continue;
        }
        if (character == u' ')
            lastSpace = int(line.size());
        line.append(character);
        cells += width;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace Madoguchi
