// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Madoguchi {

/// The eras of the Japanese calendar (和暦) since the Gregorian calendar was adopted (1873).
enum class Era { Meiji, Taisho, Showa, Heisei, Reiwa };

/// A date written in an era: 令和元年5月1日 is {Reiwa, 1, 5, 1}.
struct WarekiDate {
    Era era = Era::Reiwa;
    int year = 0; ///< 1 is written 元年
    int month = 0;
    int day = 0;
    bool operator==(const WarekiDate &) const = default;
};

/// The era's name in kanji: 明治, 大正, 昭和, 平成, 令和.
[[nodiscard]] QString eraName(Era era);
/// The era's letter of JIS X 0301: M, T, S, H, R.
[[nodiscard]] QChar eraLetter(Era era);
/// The era whose kanji name or JIS X 0301 letter (either case) this is.
[[nodiscard]] std::optional<Era> eraFromName(QStringView nameOrLetter);
/// The era's first day (the day of a change belongs to the new era, as in official use).
[[nodiscard]] QDate eraStart(Era era);

/// The date in its era; nullopt before 1873-01-01 (the old calendar, which this does not convert).
[[nodiscard]] std::optional<WarekiDate> toWareki(QDate date);
/// The Western date of an era date; nullopt when no such day is in that era (平成31年5月1日,
/// 昭和64年1月8日, 令和0年, 2月30日 …).
[[nodiscard]] std::optional<QDate> fromWareki(const WarekiDate &date);

/// "令和元年5月1日" (the first year as 元年, Arabic digits).
[[nodiscard]] QString formatWareki(const WarekiDate &date);

/// Reads a date as a clerk or a visitor types it, in full- or half-width digits: 2019-05-01,
/// 2019/5/1, 2019.5.1, 2019年5月1日, 20190501, 令和元年5月1日, 令和1年5月1日, R1.5.1, R01/05/01, H31-4-30.
/// nullopt when it is not a date that exists (in its era).
[[nodiscard]] std::optional<QDate> parseJapaneseDate(QStringView text);

} // namespace Madoguchi
