// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wareki.h"

#include "textwidth.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

struct EraRow {
    Era era;
    char16_t letter;
    const char16_t *name;
    QDate start;
};

// 明治 is counted from 1868, but this converts only from the Gregorian calendar's first day (1873).
const std::array<EraRow, 5> &eras()
{
    static const std::array<EraRow, 5> table{{
        {Era::Meiji, u'M', u"明治", QDate(1868, 1, 25)},
        {Era::Taisho, u'T', u"大正", QDate(1912, 7, 30)},
        {Era::Showa, u'S', u"昭和", QDate(1926, 12, 25)},
        {Era::Heisei, u'H', u"平成", QDate(1989, 1, 8)},
        {Era::Reiwa, u'R', u"令和", QDate(2019, 5, 1)},
    }};
    return table;
}

const QDate kGregorianStart(1873, 1, 1);

const EraRow &row(Era era)
{
    return eras().at(std::size_t(era));
}

int westernYearOffset(Era era)
{
    return row(era).start.year() - 1;
}

} // namespace

QString eraName(Era era)
{
    return QString::fromUtf16(row(era).name);
}

QChar eraLetter(Era era)
{
    return QChar(row(era).letter);
}

std::optional<Era> eraFromName(QStringView nameOrLetter)
{
    for (const EraRow &r : eras()) {
        if (nameOrLetter == QStringView(r.name) || (nameOrLetter.size() == 1 && nameOrLetter.front().toUpper() == QChar(r.letter)))
            return r.era;
    }
    return std::nullopt;
}

QDate eraStart(Era era)
{
    return row(era).start;
}

std::optional<WarekiDate> toWareki(QDate date)
{
    if (!date.isValid() || date < kGregorianStart)
        return std::nullopt;
    for (auto it = eras().rbegin(); it != eras().rend(); ++it) {
        if (date >= it->start)
            return WarekiDate{it->era, date.year() - westernYearOffset(it->era), date.month(), date.day()};
    }
    return std::nullopt;
}

std::optional<QDate> fromWareki(const WarekiDate &date)
{
    if (date.year < 1)
        return std::nullopt;
    const QDate western(date.year + westernYearOffset(date.era), date.month, date.day);
    // The day must be in this era: neither before its start nor on or after the next era's.
    if (!western.isValid() || western < kGregorianStart || toWareki(western) != date)
        return std::nullopt;
    return western;
}

QString formatWareki(const WarekiDate &date)
{
    const QString year = date.year == 1 ? u"元"_s : QString::number(date.year);
    return u"%1%2年%3月%4日"_s.arg(eraName(date.era), year).arg(date.month).arg(date.day);
}

std::optional<QDate> parseJapaneseDate(QStringView text)
{
    const QString plain = toHalfWidthAscii(text).trimmed().remove(u' ');
    static const QRegularExpression western(u"^(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日|(\\d{2})(\\d{2}))$"_s);
    if (const auto m = western.match(plain); m.hasMatch()) {
        const int first = m.hasCaptured(2) ? 2 : m.hasCaptured(4) ? 4 : 6;
        const QDate date(m.captured(1).toInt(), m.captured(first).toInt(), m.captured(first + 1).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    static const QRegularExpression era(
        u"^(明治|大正|昭和|平成|令和|[MTSHRmtshr])(元|\\d{1,2})(?:年(\\d{1,2})月(\\d{1,2})日|[-/.](\\d{1,2})[-/.](\\d{1,2}))$"_s);
    const auto m = era.match(plain);
    if (!m.hasMatch())
        return std::nullopt;
    const auto which = eraFromName(m.capturedView(1));
    const int year = m.capturedView(2) == u"元" ? 1 : m.captured(2).toInt();
    const int first = m.hasCaptured(3) ? 3 : 5;
    return fromWareki(WarekiDate{*which, year, m.captured(first).toInt(), m.captured(first + 1).toInt()});
}

} // namespace Madoguchi
