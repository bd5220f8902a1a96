// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reservationcode.h"

namespace Madoguchi {

namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBase = 32;
constexpr int kLength = 8;

int symbolValue(QChar c)
{
    return int(kAlphabet.indexOf(c));
}

// Luhn mod N over the symbol values, from the right; `doubleFirst` when the rightmost character
// given is not itself a check character.
int luhnSum(QStringView symbols, bool doubleFirst)
{
    int sum = 0;
    bool doubleIt = doubleFirst;
    for (qsizetype i = symbols.size() - 1; i >= 0; --i) {
        int addend = symbolValue(symbols[i]) * (doubleIt ? 2 : 1);
        addend = addend / kBase + addend % kBase;
        sum += addend;
        doubleIt = !doubleIt;
    }
    return sum;
}

QString grouped(QStringView symbols)
{
    return symbols.left(4).toString() + QLatin1Char('-') + symbols.mid(4).toString();
}

} // namespace

std::optional<QString> normalizedReservationCode(QStringView text)
{
    QString symbols;
    for (QChar c : text) {
        if (c == u'-' || c == u' ')
            continue;
        c = c.toUpper();
        if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'O')
            c = u'0';
        if (symbolValue(c) < 0)
            return std::nullopt;
        symbols += c;
    }
    if (symbols.size() != kLength)
        return std::nullopt;
    return grouped(symbols);
}

bool reservationCodeCheckDigitValid(QStringView canonicalCode)
{
    QString symbols = canonicalCode.toString();
    symbols.remove(u'-');
    return symbols.size() == kLength && luhnSum(symbols, false) % kBase == 0;
}

QChar reservationCheckCharacter(QStringView sevenCharacters)
{
    return kAlphabet[(kBase - luhnSum(sevenCharacters, true) % kBase) % kBase];
}

QString reservationCodeFromValues(const std::array<quint8, 7> &values)
{
    QString symbols;
    for (const quint8 value : values)
        symbols += kAlphabet[value % kBase];
    symbols += reservationCheckCharacter(symbols);
    return grouped(symbols);
}

} // namespace Madoguchi
