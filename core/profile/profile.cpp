// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "fieldcatalogue.h"

#include "common/enumnames.h"
#include "person/basicfouritems.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr EnumName<ValueSource> kSourceNames[] = {
    {ValueSource::Card, u"card"},
    {ValueSource::PreApplication, u"pre-application"},
    {ValueSource::Clerk, u"clerk"},
};

} // namespace

QString valueSourceName(ValueSource source)
{
    return nameOf(kSourceNames, source);
}

std::optional<ValueSource> valueSourceFromName(QStringView name)
{
    return valueOf(kSourceNames, name);
}

QString fieldPath(const FieldKey &key)
{
    return key.person == 0 ? key.field : u"members[%1].%2"_s.arg(key.person - 1).arg(key.field);
}

std::optional<FieldError> Profile::checkKey(const FieldKey &key)
{
    const FieldDefinition *field = findField(key.field);
    if (!field)
        return fieldError(FieldErrorCode::UnknownField, QT_TRANSLATE_NOOP("Madoguchi::Field", "There is no such field."));
    const int lastPerson = field->scope == FieldScope::Person ? kMaxMembers : 0;
    if (key.person < 0 || key.person > lastPerson)
        return fieldError(FieldErrorCode::UnknownField,
                          QT_TRANSLATE_NOOP("Madoguchi::Field", "There is no such person in this household."));
    return std::nullopt;
}

Result<Done, FieldErrorCode> Profile::set(const FieldKey &key, QStringView raw, ValueSource source, const QDateTime &at)
{
    if (auto error = checkKey(key))
        return *error;
    auto kept = normaliseFieldValue(*findField(key.field), raw);
    if (!kept)
        return kept.error();
    Entry &entry = m_fields[key];
    const auto same =
        std::find_if(entry.values.begin(), entry.values.end(), [source](const SourcedValue &v) { return v.source == source; });
    if (same != entry.values.end())
        entry.values.erase(same);
    entry.values.append(SourcedValue{*kept, source, at});
    if (entry.chosen == source)
        entry.chosen.reset(); // the chosen value changed: the clerk looks again
    return Done{};
}

void Profile::clear(const FieldKey &key)
{
    m_fields.erase(key);
}

void Profile::clear(const FieldKey &key, ValueSource source)
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    Entry &entry = it->second;
    entry.values.removeIf([source](const SourcedValue &v) { return v.source == source; });
    if (entry.chosen == source)
        entry.chosen.reset();
    if (entry.values.isEmpty())
        m_fields.erase(it);
}

std::optional<QString> Profile::value(const FieldKey &key) const
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return std::nullopt;
    const Entry &entry = it->second;
    if (entry.chosen) {
        for (const SourcedValue &v : entry.values) {
            if (v.source == *entry.chosen)
                return v.value;
        }
    }
    const QString &first = entry.values.constFirst().value;
    const bool agree = std::all_of(entry.values.begin(), entry.values.end(), [&](const SourcedValue &v) { return v.value == first; });
    return agree ? std::optional<QString>(first) : std::nullopt;
}

QList<SourcedValue> Profile::candidates(const FieldKey &key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? QList<SourcedValue>() : it->second.values;
}

QList<FieldKey> Profile::conflicts() const
{
    QList<FieldKey> keys;
    for (const auto &[key, entry] : m_fields) {
        if (!value(key))
            keys.append(key);
    }
    return keys;
}

bool Profile::choose(const FieldKey &key, ValueSource source)
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return false;
    const auto &values = it->second.values;
    if (std::none_of(values.begin(), values.end(), [source](const SourcedValue &v) { return v.source == source; }))
        return false;
    it->second.chosen = source;
    return true;
}

std::optional<ValueSource> Profile::chosen(const FieldKey &key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? std::nullopt : it->second.chosen;
}

int Profile::people() const
{
    int highest = 0;
    for (const auto &[key, entry] : m_fields)
        highest = std::max(highest, key.person);
    return highest + 1;
}

QList<FieldKey> Profile::keys() const
{
    QList<FieldKey> keys;
    for (const auto &[key, entry] : m_fields)
        keys.append(key);
    return keys;
}

QStringList applyBasicFourItems(Profile &profile, const BasicFourItems &items, ValueSource source, const QDateTime &at)
{
    QStringList missing;
    const auto put = [&](const QString &field, QStringView raw) {
        if (raw.trimmed().isEmpty() || !profile.set({field, 0}, raw, source, at))
            missing.append(field);
    };
    const QString name = items.name.trimmed();
    const auto isSpace = [](QChar c) { return c == u' ' || c == u'\u3000'; };
    const qsizetype space = std::find_if(name.cbegin(), name.cend(), isSpace) - name.cbegin();
    put(u"familyName"_s, QStringView(name).left(space));
    put(u"givenName"_s, QStringView(name).mid(space).mid(1));
    put(u"address"_s, items.address);
    put(u"birthDate"_s, items.birthDate); // YYYYMMDD, a form the date field reads
    put(u"sex"_s, items.sex);
    return missing;
}

} // namespace Madoguchi
