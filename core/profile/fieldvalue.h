// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "fielddefinition.h"

#include <QString>

namespace Madoguchi {

/// Why a typed or read value does not fit its field.
enum class FieldErrorCode {
    Empty,         ///< nothing but spaces
    TooLong,       ///< more than the field's maxLength
    NotText,       ///< control characters, or characters a value of this type never holds (digits in a name …)
    NotKana,       ///< a reading with characters other than kana
    NoSuchDate,    ///< not a date, or a day that does not exist (in its era)
    BadPostalCode, ///< not 7 digits
    BadPhone,      ///< not a telephone number
    BadEmail,      ///< not an e-mail address
    BadCardNumber, ///< not two letters, eight digits, two letters
    BadDigits,     ///< not the number of digits the field takes
    UnknownChoice, ///< not one of the field's choices
    UnknownField,  ///< not a field of the catalogue, or a person the household does not have
};
using FieldError = Error<FieldErrorCode>;

/// A FieldError with its sentence (source text of the Madoguchi::Field context, marked where written).
[[nodiscard]] FieldError fieldError(FieldErrorCode code, const char *source, QStringList arguments = {});

/// The value as the field keeps it — widths, kana and spaces made uniform, dates as YYYY-MM-DD — or
/// why it does not fit, in a sentence for the clerk or the visitor (never quoting the value: it is
/// personal data). A name's characters are kept exactly: never a kanji replaced by another.
[[nodiscard]] Result<QString, FieldErrorCode> normaliseFieldValue(const FieldDefinition &field, QStringView raw);

/// How a date is written on a screen or a form.
enum class DateStyle {
    Western, ///< 2019年5月1日 in Japanese, 2019-05-01 in other languages
    Wareki,  ///< 令和元年5月1日 (falls back to Western before 1873)
};

/// A kept value as a person reads it in a language: 123-4567, 令和元年5月1日, 男 …
[[nodiscard]] QString displayFieldValue(const FieldDefinition &field, const QString &kept, const QString &language,
                                        DateStyle dates = DateStyle::Western, const TranslateFunction &translate = processTranslation);

} // namespace Madoguchi
