// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilerecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int kRecordVersion = 1;

} // namespace

QByteArray profileRecord(const Profile &profile)
{
    QJsonArray fields;
    for (const FieldKey &key : profile.keys()) {
        QJsonArray values;
        for (const SourcedValue &value : profile.candidates(key))
            values.append(
                QJsonObject{{u"v"_s, value.value}, {u"s"_s, valueSourceName(value.source)}, {u"t"_s, value.at.toMSecsSinceEpoch()}});
        QJsonObject field{{u"f"_s, key.field}, {u"p"_s, key.person}, {u"values"_s, values}};
        if (const auto chosen = profile.chosen(key))
            field.insert(u"chosen"_s, valueSourceName(*chosen));
        fields.append(field);
    }
    return QJsonDocument(QJsonObject{{u"version"_s, kRecordVersion}, {u"fields"_s, fields}}).toJson(QJsonDocument::Compact);
}

std::optional<Profile> profileFromRecord(const QByteArray &record)
{
    const QJsonObject root = QJsonDocument::fromJson(record).object();
    if (root.value(u"version"_s).toInt() != kRecordVersion)
        return std::nullopt;
    Profile profile;
    for (const QJsonValue &item : root.value(u"fields"_s).toArray()) {
        const QJsonObject field = item.toObject();
        const FieldKey key{field.value(u"f"_s).toString(), field.value(u"p"_s).toInt(-1)};
        for (const QJsonValue &valueItem : field.value(u"values"_s).toArray()) {
            const QJsonObject value = valueItem.toObject();
            const auto source = valueSourceFromName(value.value(u"s"_s).toString());
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(value.value(u"t"_s).toDouble()), Qt::UTC);
            if (!source || !profile.set(key, value.value(u"v"_s).toString(), *source, at))
                return std::nullopt;
        }
        if (field.contains(u"chosen"_s)) {
            const auto chosen = valueSourceFromName(field.value(u"chosen"_s).toString());
            if (!chosen || !profile.choose(key, *chosen))
                return std::nullopt;
        }
    }
    return profile;
}

} // namespace Madoguchi
