// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilejson.h"

#include "fieldcatalogue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

const QString kMembers = u"members"_s;

FieldError at(const QString &path, const FieldError &error)
{
    return FieldError{error.code, path + u": "_s + error.message, error.sentence};
}

std::optional<FieldError> readPerson(Profile &profile, const QJsonObject &object, int person, const QString &prefix, ValueSource source,
                                     const QDateTime &when)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (person == 0 && it.key() == kMembers)
            continue;
        const QString path = prefix + it.key();
        const FieldDefinition *field = findField(it.key());
        if (!field || (person > 0 && field->scope != FieldScope::Person))
            return at(path, fieldError(FieldErrorCode::UnknownField, QT_TRANSLATE_NOOP("Madoguchi::Field", "There is no such field.")));
        if (!it.value().isString())
            return at(path, fieldError(FieldErrorCode::NotText, QT_TRANSLATE_NOOP("Madoguchi::Field", "A value must be written as text.")));
        const auto set = profile.set({it.key(), person}, it.value().toString(), source, when);
        if (!set)
            return at(path, set.error());
    }
    return std::nullopt;
}

} // namespace

Result<Profile, FieldErrorCode> profileFromJson(const QJsonObject &json, ValueSource source, const QDateTime &when)
{
    Profile profile;
    if (const auto error = readPerson(profile, json, 0, QString(), source, when))
        return *error;
    const QJsonValue members = json.value(kMembers);
    if (members.isUndefined())
        return profile;
    const QJsonArray rows = members.toArray();
    if (!members.isArray() || rows.size() > Profile::kMaxMembers)
        return at(kMembers,
                  fieldError(FieldErrorCode::UnknownField,
                             QT_TRANSLATE_NOOP("Madoguchi::Field", "The household members are a list of at most %1 people."),
                             {QString::number(Profile::kMaxMembers)}));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString prefix = u"%1[%2]."_s.arg(kMembers).arg(i);
        if (!rows.at(i).isObject())
            return at(prefix.chopped(1),
                      fieldError(FieldErrorCode::UnknownField,
                                 QT_TRANSLATE_NOOP("Madoguchi::Field", "A household member is an object of fields.")));
        if (const auto error = readPerson(profile, rows.at(i).toObject(), int(i) + 1, prefix, source, when))
            return *error;
    }
    return profile;
}

QJsonObject profileToJson(const Profile &profile)
{
    QJsonObject visitor;
    QList<QJsonObject> members(profile.people() - 1);
    for (const FieldKey &key : profile.keys()) {
        const auto value = profile.value(key);
        if (!value)
            continue;
        QJsonObject &object = key.person == 0 ? visitor : members[key.person - 1];
        object.insert(key.field, *value);
    }
    if (!members.isEmpty()) {
        QJsonArray rows;
        for (const QJsonObject &member : std::as_const(members))
            rows.append(member);
        visitor.insert(kMembers, rows);
    }
    return visitor;
}

QJsonObject profileChangeJson(const Profile &profile, ValueSource source)
{
    QJsonArray values;
    for (const FieldKey &key : profile.keys()) {
        if (const auto value = profile.value(key))
            values.append(QJsonObject{{u"field"_s, key.field}, {u"person"_s, key.person}, {u"value"_s, *value}});
    }
    return QJsonObject{{u"source"_s, valueSourceName(source)}, {u"values"_s, values}};
}

} // namespace Madoguchi
