// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The era calendar (和暦): conversions both ways at every era boundary, 元年, dates that do not
// exist in their era, and dates as clerks and visitors type them.
#include "profile/wareki.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

TEST_CASE("Western dates become era dates at every boundary, the day of a change in the new era", "[wareki]")
{
    struct Row {
        QDate western;
        WarekiDate wareki;
        QString written;
    };
    const Row rows[] = {
        {QDate(1873, 1, 1), {Era::Meiji, 6, 1, 1}, u"明治6年1月1日"_s},
        {QDate(1912, 7, 29), {Era::Meiji, 45, 7, 29}, u"明治45年7月29日"_s},
        {QDate(1912, 7, 30), {Era::Taisho, 1, 7, 30}, u"大正元年7月30日"_s},
        {QDate(1926, 12, 24), {Era::Taisho, 15, 12, 24}, u"大正15年12月24日"_s},
        {QDate(1926, 12, 25), {Era::Showa, 1, 12, 25}, u"昭和元年12月25日"_s},
        {QDate(1989, 1, 7), {Era::Showa, 64, 1, 7}, u"昭和64年1月7日"_s},
        {QDate(1989, 1, 8), {Era::Heisei, 1, 1, 8}, u"平成元年1月8日"_s},
        {QDate(1990, 4, 1), {Era::Heisei, 2, 4, 1}, u"平成2年4月1日"_s},
        {QDate(2019, 4, 30), {Era::Heisei, 31, 4, 30}, u"平成31年4月30日"_s},
        {QDate(2019, 5, 1), {Era::Reiwa, 1, 5, 1}, u"令和元年5月1日"_s},
        {QDate(2026, 12, 2), {Era::Reiwa, 8, 12, 2}, u"令和8年12月2日"_s},
    };
    for (const Row &row : rows) {
        INFO(row.western.toString(Qt::ISODate).toStdString());
        const auto wareki = toWareki(row.western);
        REQUIRE(wareki);
        CHECK(*wareki == row.wareki);
        CHECK(formatWareki(*wareki) == row.written);
        CHECK(fromWareki(row.wareki) == row.western);
        CHECK(parseJapaneseDate(row.written) == row.western);
    }
    CHECK_FALSE(toWareki(QDate(1872, 12, 31))); // the old calendar
    CHECK_FALSE(toWareki(QDate()));
}

TEST_CASE("An era date that is not in its era does not exist", "[wareki]")
{
    CHECK_FALSE(fromWareki({Era::Heisei, 31, 5, 1})); // 令和元年5月1日
    CHECK_FALSE(fromWareki({Era::Showa, 64, 1, 8}));  // 平成元年1月8日
    CHECK_FALSE(fromWareki({Era::Reiwa, 1, 4, 30}));  // 平成31年4月30日
    CHECK_FALSE(fromWareki({Era::Reiwa, 0, 6, 1}));
    CHECK_FALSE(fromWareki({Era::Heisei, 2, 2, 30}));
    CHECK_FALSE(fromWareki({Era::Taisho, 1, 7, 29}));
    CHECK(fromWareki({Era::Heisei, 4, 2, 29}) == QDate(1992, 2, 29));
    CHECK_FALSE(fromWareki({Era::Heisei, 5, 2, 29}));
}

TEST_CASE("Dates are read as people type them, in either calendar and width", "[wareki]")
{
    const QDate day(2019, 5, 1);
    for (const QString &typed :
         {u"2019-05-01"_s, u"2019/5/1"_s, u"2019.5.1"_s, u"2019年5月1日"_s, u"20190501"_s, u"２０１９年５月１日"_s, u"令和元年5月1日"_s,
          u"令和1年5月1日"_s, u"令和 元年 5月 1日"_s, u"R1.5.1"_s, u"r01/05/01"_s, u"Ｒ１．５．１"_s}) {
        INFO(typed.toStdString());
        CHECK(parseJapaneseDate(typed) == day);
    }
    CHECK(parseJapaneseDate(u"H31-4-30"_s) == QDate(2019, 4, 30));
    CHECK(parseJapaneseDate(u"S64.1.7"_s) == QDate(1989, 1, 7));
    for (const QString &typed : {u"平成31年5月1日"_s, u"S64.1.8"_s, u"2019-02-29"_s, u"2019-13-01"_s, u"令和0年5月1日"_s, u"X1.1.1"_s,
                                 u"2019-5"_s, u"五月一日"_s, u""_s, u"2019-05-01T00:00"_s, u"明治5年12月1日"_s}) {
        INFO(typed.toStdString());
        CHECK_FALSE(parseJapaneseDate(typed));
    }
}

TEST_CASE("Era names and letters", "[wareki]")
{
    CHECK(eraName(Era::Reiwa) == u"令和"_s);
    CHECK(eraLetter(Era::Showa) == u'S');
    CHECK(eraFromName(u"平成") == Era::Heisei);
    CHECK(eraFromName(u"t") == Era::Taisho);
    CHECK_FALSE(eraFromName(u"X"));
    CHECK(eraStart(Era::Reiwa) == QDate(2019, 5, 1));
}
