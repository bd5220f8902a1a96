// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace Madoguchi {

struct BasicFourItems;

/// Where a value of a profile came from.
enum class ValueSource {
    Card,           ///< the My Number card's input-support application (basic four items)
    PreApplication, ///< a pre-application QR code the visitor filled in at home
    Clerk,          ///< typed by a clerk at the counter
};

/// The name of a source in the API and in stored profiles ("card", "pre-application", "clerk").
[[nodiscard]] QString valueSourceName(ValueSource source);
[[nodiscard]] std::optional<ValueSource> valueSourceFromName(QStringView name);

/// One value of a field as one source gave it, and when.
struct SourcedValue {
    QString value; ///< as the field keeps it (normalised)
    ValueSource source = ValueSource::Clerk;
    QDateTime at;
    bool operator==(const SourcedValue &) const = default;
};

/// Which value: a field of the catalogue, and for a per-person field whose (0 the visitor, 1 … the
/// household members in the order given). A per-visit field always has person 0.
struct FieldKey {
    QString field;
    int person = 0;
    bool operator==(const FieldKey &) const = default;
    bool operator<(const FieldKey &other) const { return std::tie(field, person) < std::tie(other.field, other.person); }
};

/// How a field is named in messages, files and the audit log: "birthDate" for the visitor,
/// "members[0].birthDate" for the first household member (the profile file's paths).
[[nodiscard]] QString fieldPath(const FieldKey &key);

/// The once-only profile of one visit: what the visitor gave, each value with its source and time.
/// Two sources that disagree are both kept until the clerk chooses; nothing is merged silently.
/// Personal data: never logged; stored only sealed.
class Profile
{
public:
    /// Sets the value a source gives for a field (replacing that source's earlier value), normalised
    /// as the catalogue says; refuses an unknown field, a person index out of range, or a value that
    /// does not fit, and then changes nothing.
    Result<Done, FieldErrorCode> set(const FieldKey &key, QStringView raw, ValueSource source, const QDateTime &at);
    /// Removes what every source gave for the field.
    void clear(const FieldKey &key);
    /// Removes what one source gave for the field (and the clerk's choice of it).
    void clear(const FieldKey &key, ValueSource source);

    /// The value to print: the one value the sources agree on, or the one the clerk chose; nullopt
    /// when nothing was given or the sources disagree and no choice was made.
    [[nodiscard]] std::optional<QString> value(const FieldKey &key) const;
    /// Every source's value for the field, in the order they were given.
    [[nodiscard]] QList<SourcedValue> candidates(const FieldKey &key) const;
    /// The fields whose sources disagree and await the clerk's choice.
    [[nodiscard]] QList<FieldKey> conflicts() const;
    /// The clerk takes the value of one source for the field; false when that source gave none.
    bool choose(const FieldKey &key, ValueSource source);
    /// The source the clerk chose for the field, if any.
    [[nodiscard]] std::optional<ValueSource> chosen(const FieldKey &key) const;

    /// The visitor and the household members: the highest person index given, plus one (at least 1).
    [[nodiscard]] int people() const;
    /// Every field with at least one value.
    [[nodiscard]] QList<FieldKey> keys() const;
    [[nodiscard]] bool isEmpty() const { return m_fields.empty(); }

    /// Why the key names no field of the catalogue or a person out of range; empty when it is fine.
    [[nodiscard]] static std::optional<FieldError> checkKey(const FieldKey &key);

    /// The most household members a profile lists besides the visitor (the largest form takes 8 rows).
    static constexpr int kMaxMembers = 9;

private:
    struct Entry {
        QList<SourcedValue> values;
        std::optional<ValueSource> chosen;
    };
    std::map<FieldKey, Entry> m_fields;
};

/// Puts the card's basic four items on the visitor (person 0) as from the given source: the name
/// split into family and given name at its first space, the address, the birth date (YYYYMMDD) and
/// the sex code. A value that does not fit its field is left out and its field id returned, for
/// the clerk to type (a name without a space gives the whole name as the family name and says so).
QStringList applyBasicFourItems(Profile &profile, const BasicFourItems &items, ValueSource source, const QDateTime &at);

} // namespace Madoguchi
