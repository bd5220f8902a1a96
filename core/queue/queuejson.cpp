// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuejson.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Madoguchi {

QJsonValue instantToJson(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime instantFromJson(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

QJsonObject stepToJson(const Step &step)
{
    QJsonObject object{
        {u"id"_s, step.id},
        {u"service"_s, step.service},
        {u"targetCounter"_s, step.targetCounter},
        {u"state"_s, stepStateName(step.state)},
        {u"counter"_s, step.counter},
        {u"queuedAt"_s, instantToJson(step.queuedAt)},
        {u"calledAt"_s, instantToJson(step.calledAt)},
        {u"startedAt"_s, instantToJson(step.startedAt)},
        {u"endedAt"_s, instantToJson(step.endedAt)},
        {u"outcome"_s, step.outcome},
        {u"recalls"_s, step.recalls},
    };
    if (!step.procedures.isEmpty())
        object.insert(u"procedures"_s, QJsonArray::fromStringList(step.procedures));
    if (!step.after.isEmpty())
        object.insert(u"after"_s, QJsonArray::fromStringList(step.after));
    return object;
}

std::optional<Step> stepFromJson(const QJsonObject &object)
{
    const auto state = stepStateFromName(object.value(u"state"_s).toString());
    if (!state || !object.value(u"id"_s).isDouble() || object.value(u"service"_s).toString().isEmpty())
        return std::nullopt;
    Step step;
    step.id = object.value(u"id"_s).toInteger();
    step.service = object.value(u"service"_s).toString();
    step.targetCounter = object.value(u"targetCounter"_s).toInt();
    step.state = *state;
    step.counter = object.value(u"counter"_s).toInt();
    step.queuedAt = instantFromJson(object.value(u"queuedAt"_s));
    step.calledAt = instantFromJson(object.value(u"calledAt"_s));
    step.startedAt = instantFromJson(object.value(u"startedAt"_s));
    step.endedAt = instantFromJson(object.value(u"endedAt"_s));
    step.outcome = object.value(u"outcome"_s).toString();
    step.recalls = object.value(u"recalls"_s).toInt();
    step.procedures = stringsFromJson(object.value(u"procedures"_s));
    step.after = stringsFromJson(object.value(u"after"_s));
    return step;
}

QJsonObject visitToJson(const Visit &visit)
{
    QJsonArray steps;
    for (const Step &step : visit.steps)
        steps.append(stepToJson(step));
    QJsonObject object{
        {u"id"_s, visit.id},
        {u"day"_s, visit.day.toString(Qt::ISODate)},
        {u"prefix"_s, visit.prefix},
        {u"round"_s, visit.round},
        {u"sequence"_s, visit.sequence},
        {u"number"_s, visit.number},
        {u"token"_s, visit.token},
        {u"language"_s, visit.language},
        {u"priority"_s, int(visit.priority)},
        {u"needs"_s, QJsonArray::fromStringList(needNames(visit.needs))},
        {u"issuedAt"_s, instantToJson(visit.issuedAt)},
        {u"steps"_s, steps},
    };
    if (!visit.requestKey.isEmpty())
        object.insert(u"requestKey"_s, visit.requestKey);
    if (visit.routed)
        object.insert(u"routed"_s, true);
    if (visit.appointment)
        object.insert(u"appointment"_s,
                      QJsonObject{{u"code"_s, visit.appointment->code}, {u"due"_s, instantToJson(visit.appointment->due)}});
    return object;
}

std::optional<Visit> visitFromJson(const QJsonObject &object)
{
    Visit visit;
    visit.id = object.value(u"id"_s).toInteger();
    visit.day = QDate::fromString(object.value(u"day"_s).toString(), Qt::ISODate);
    visit.prefix = object.value(u"prefix"_s).toString();
    visit.round = object.value(u"round"_s).toInt();
    visit.sequence = object.value(u"sequence"_s).toInt();
    visit.number = object.value(u"number"_s).toString();
    visit.token = object.value(u"token"_s).toString();
    visit.language = object.value(u"language"_s).toString();
    visit.priority = object.value(u"priority"_s).toInt() == 1 ? PriorityClass::Priority : PriorityClass::Regular;
    const auto parsedNeeds = needsFromNames(stringsFromJson(object.value(u"needs"_s)));
    visit.issuedAt = instantFromJson(object.value(u"issuedAt"_s));
    visit.requestKey = object.value(u"requestKey"_s).toString();
    visit.routed = object.value(u"routed"_s).toBool();
    if (object.contains(u"appointment"_s)) {
        const QJsonObject appointment = object.value(u"appointment"_s).toObject();
        visit.appointment = Appointment{appointment.value(u"code"_s).toString(), instantFromJson(appointment.value(u"due"_s))};
    }
    for (const QJsonValue &value : object.value(u"steps"_s).toArray()) {
        auto step = stepFromJson(value.toObject());
        if (!step)
            return std::nullopt;
        step->visit = visit.id;
        visit.steps.append(*step);
    }
    if (visit.id <= 0 || !visit.day.isValid() || visit.number.isEmpty() || visit.steps.isEmpty() || !parsedNeeds)
        return std::nullopt;
    visit.needs = *parsedNeeds;
    return visit;
}

} // namespace Madoguchi
