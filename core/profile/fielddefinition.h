// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>

namespace Madoguchi {

/// What kind of value a field holds: how it is read, checked, kept and shown.
enum class FieldType {
    Name,                ///< a person's name or part of it, exactly as written (kanji, kana, Latin), no digits
    Kana,                ///< a reading, kept in full-width katakana (typed in hiragana or half-width too)
    Text,                ///< a short free text (続柄, 国籍・地域, 在留資格 …)
    Address,             ///< an address, as written
    Date,                ///< a day, kept as YYYY-MM-DD, typed in the Western or the era calendar
    Choice,              ///< one of the definition's choices, kept as its code
    PostalCode,          ///< 7 digits, kept without the hyphen, shown 123-4567
    Phone,               ///< a Japanese or an international (+…) number, kept in half-width digits and hyphens
    Email,               ///< an e-mail address
    ResidenceCardNumber, ///< 在留カード番号: two letters, eight digits, two letters
    Digits,              ///< a number of digits between the definition's bounds (an account number …)
};

/// One choice of a Choice field: the code kept, and its label (source text of the Madoguchi::Field context).
struct FieldChoice {
    QLatin1StringView code;
    const char *label;
};

/// Where a field is filled: once for the visit (the person who came, the household's address), or
/// once per household member in the rows of the forms that list the people concerned.
enum class FieldScope {
    Visit,  ///< one value for the visit
    Person, ///< one value for the visitor and one for each household member
};

/// One field of the shared catalogue that every form and screen uses.
struct FieldDefinition {
    QLatin1StringView id; ///< the key in a profile and in form definitions (camelCase)
    FieldType type = FieldType::Text;
    FieldScope scope = FieldScope::Visit;
    const char *label = nullptr; ///< source text of the Madoguchi::Field context
    int maxLength = 0;           ///< in characters (code points) as kept; for Digits the most digits
    int minLength = 0;           ///< for Digits: the fewest digits
    QList<FieldChoice> choices = {};
};

} // namespace Madoguchi
