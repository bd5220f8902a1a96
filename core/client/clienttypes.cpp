// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clienttypes.h"

#include "queue/queuejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

QDateTime instant(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

LocalizedText localized(const QJsonValue &value)
{
    QMap<QString, QString> texts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    return LocalizedText(texts);
}

ClientEstimate estimate(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"low"_s).toInt(), object.value(u"high"_s).toInt(), object.value(u"known"_s).toBool()};
}

QList<ServiceStatus> services(const QJsonValue &value)
{
    QList<ServiceStatus> list;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        QList<LocalizedText> documents;
        for (const QJsonValue &document : object.value(u"documents"_s).toArray())
            documents.append(localized(document));
        QList<ComingVisit> coming;
        for (const QJsonValue &visit : object.value(u"coming"_s).toArray()) {
            QList<LocalizedText> procedures;
            for (const QJsonValue &procedure : visit[u"procedures"_s].toArray())
                procedures.append(localized(procedure));
            coming.append({visit[u"number"_s].toString(), visit[u"now"_s].toString(), procedures});
        }
        list.append({object.value(u"code"_s).toString(), object.value(u"prefix"_s).toString(), localized(object.value(u"name"_s)),
                     localized(object.value(u"procedures"_s)), object.value(u"pictogram"_s).toString(), object.value(u"waiting"_s).toInt(),
                     estimate(object.value(u"estimate"_s)), object.value(u"congestion"_s).toString(), documents,
                     object.value(u"longestWaitSeconds"_s).toInt(-1), stringsFromJson(object.value(u"parked"_s)), coming});
    }
    return list;
}

QList<BoardCall> calls(const QJsonValue &value)
{
    QList<BoardCall> list;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject next = object.value(u"next"_s).toObject();
        list.append({object.value(u"number"_s).toString(), object.value(u"counter"_s).toInt(), instant(object.value(u"calledAt"_s)),
                     object.value(u"state"_s).toString(), object.value(u"language"_s).toString(), object.value(u"recalls"_s).toInt(),
                     next.value(u"prefix"_s).toString(), localized(next.value(u"name"_s))});
    }
    return list;
}

/// A routed ticket's procedures per service (the "checklist" of POST visits).
QList<QStringList> checklist(const QJsonValue &value)
{
    QList<QStringList> steps;
    for (const QJsonValue &step : value.toArray())
        steps.append(stringsFromJson(step));
    return steps;
}

/// The optional {"appointment": {"code", "due"}} of a ticket.
std::optional<Appointment> appointment(const QJsonObject &ticket)
{
    const QJsonObject object = ticket.value(u"appointment"_s).toObject();
    if (object.value(u"code"_s).toString().isEmpty())
        return std::nullopt;
    return Appointment{object.value(u"code"_s).toString(), instant(object.value(u"due"_s))};
}

/// The language, priority and needs of an issue or check-in request; absent when defaults.
QJsonObject visitorFields(const QString &language, bool priority, const QStringList &needs)
{
    QJsonObject body;
    if (!language.isEmpty())
        body.insert(u"language"_s, language);
    if (priority)
        body.insert(u"priority"_s, u"priority"_s);
    if (!needs.isEmpty())
        body.insert(u"needs"_s, QJsonArray::fromStringList(needs));
    return body;
}

} // namespace

namespace ClientJson {

std::optional<OfficeOverview> overview(const QJsonObject &object)
{
    const QJsonObject office = object.value(u"office"_s).toObject();
    if (office.value(u"id"_s).toString().isEmpty() || !object.value(u"services"_s).isArray())
        return std::nullopt;
    OfficeOverview overview{
        office.value(u"id"_s).toString(), localized(office.value(u"name"_s)),   {}, stringsFromJson(object.value(u"languages"_s)),
        object.value(u"open"_s).toBool(), services(object.value(u"services"_s))};
    if (const QTimeZone zone(office.value(u"timeZone"_s).toString().toLatin1()); zone.isValid())
        overview.timeZone = zone;
    return overview;
}

std::optional<Ticket> ticket(const QJsonObject &object)
{
    if (object.value(u"number"_s).toString().isEmpty() || object.value(u"token"_s).toString().isEmpty())
        return std::nullopt;
    return Ticket{object.value(u"number"_s).toString(),
                  object.value(u"token"_s).toString(),
                  QUrl(object.value(u"statusUrl"_s).toString()),
                  object.value(u"ahead"_s).toInt(),
                  estimate(object.value(u"estimate"_s)),
                  stringsFromJson(object.value(u"services"_s)),
                  object.value(u"language"_s).toString(),
                  instant(object.value(u"issuedAt"_s)),
                  appointment(object),
                  object.value(u"profile"_s).toObject().value(u"kept"_s).toInt(),
                  checklist(object.value(u"checklist"_s))};
}

std::optional<VisitProfile> visitProfile(const QJsonObject &object)
{
    VisitProfile result{object.value(u"visit"_s).toInteger(), object.value(u"number"_s).toString(), {}};
    if (result.visit <= 0 || !object.value(u"fields"_s).isArray())
        return std::nullopt;
    for (const QJsonValue &item : object.value(u"fields"_s).toArray()) {
        const FieldKey key{item[u"field"_s].toString(), item[u"person"_s].toInt()};
        for (const QJsonValue &candidate : item[u"candidates"_s].toArray()) {
            const auto source = valueSourceFromName(candidate[u"source"_s].toString());
            if (!source || !result.profile.set(key, candidate[u"value"_s].toString(), *source, instant(candidate[u"at"_s])))
                return std::nullopt;
        }
        if (const auto chosen = valueSourceFromName(item[u"chosen"_s].toString()); chosen && !result.profile.choose(key, *chosen))
            return std::nullopt;
    }
    return result;
}

std::optional<StaffLogin> staffLogin(const QJsonObject &object)
{
    if (object.value(u"token"_s).toString().isEmpty())
        return std::nullopt;
    return StaffLogin{object.value(u"token"_s).toString(), object.value(u"login"_s).toString(), object.value(u"role"_s).toString(),
                      object.value(u"counter"_s).toInt()};
}

std::optional<BoardView> board(const QJsonObject &object)
{
    if (!object.value(u"calling"_s).isArray() || !object.value(u"services"_s).isArray())
        return std::nullopt;
    const QJsonObject sound = object.value(u"sound"_s).toObject();
    const QJsonObject display = object.value(u"display"_s).toObject();
    return BoardView{calls(object.value(u"calling"_s)),
                     calls(object.value(u"recent"_s)),
                     services(object.value(u"services"_s)),
                     sound.value(u"muted"_s).toBool(false),
                     sound.value(u"volume"_s).toInt(80),
                     display.value(u"diagonalInches"_s).toDouble(55),
                     display.value(u"viewingMetres"_s).toDouble(6)};
}

std::optional<CounterActionResult> counterAction(const QJsonObject &object)
{
    CounterActionResult result;
    if (object.contains(u"visit"_s)) {
        QJsonObject visit = object.value(u"visit"_s).toObject();
        result.status = visit.value(u"status"_s).toString();
        result.visit = visitFromJson(visit);
        if (!result.visit)
            return std::nullopt;
    }
    const QJsonObject reason = object.value(u"reason"_s).toObject();
    result.reasonCode = reason.value(u"code"_s).toString();
    result.reasonText = reason.value(u"text"_s).toString();
    result.counterStatus = object.value(u"counter"_s).toObject().value(u"status"_s).toString();
    if (!result.visit && result.counterStatus.isEmpty())
        return std::nullopt;
    return result;
}

std::optional<CounterActionResult> counterView(const QJsonObject &object)
{
    const QJsonObject counter = object.value(u"counter"_s).toObject();
    if (counter.value(u"status"_s).toString().isEmpty())
        return std::nullopt;
    QJsonObject normalized{{u"counter"_s, counter}};
    if (counter.contains(u"visit"_s))
        normalized.insert(u"visit"_s, counter.value(u"visit"_s));
    return counterAction(normalized);
}

std::optional<PublicStatus> publicStatus(const QJsonObject &object)
{
    if (object.value(u"number"_s).toString().isEmpty())
        return std::nullopt;
    return PublicStatus{object.value(u"number"_s).toString(),     object.value(u"status"_s).toString(),
                        object.value(u"language"_s).toString(),   object.value(u"ahead"_s).toInt(),
                        estimate(object.value(u"estimate"_s)),    object.value(u"counter"_s).toInt(),
                        object.value(u"counterName"_s).toString()};
}

std::optional<ClientEvent> event(const QJsonObject &object)
{
    const std::optional<EventType> type = eventTypeFromName(object.value(u"type"_s).toString());
    if (!type)
        return std::nullopt;
    return ClientEvent{object.value(u"id"_s).toInteger(),   instant(object.value(u"at"_s)),       *type,
                       object.value(u"actor"_s).toString(), object.value(u"visit"_s).toInteger(), object.value(u"step"_s).toInteger(),
                       object.value(u"counter"_s).toInt(),  object.value(u"data"_s).toObject()};
}

QJsonObject ticketRequest(const TicketRequest &request)
{
    QJsonObject body = visitorFields(request.language, request.priority, request.needs);
    if (request.procedures.isEmpty())
        body.insert(u"services"_s, QJsonArray::fromStringList(request.services));
    else
        body.insert(u"procedures"_s, QJsonArray::fromStringList(request.procedures));
    if (request.appointment)
        body.insert(
            u"appointment"_s,
            QJsonObject{{u"code"_s, request.appointment->code}, {u"due"_s, request.appointment->due.toUTC().toString(Qt::ISODateWithMs)}});
    if (!request.profile.isEmpty())
        body.insert(u"profile"_s, request.profile);
    return body;
}

std::optional<AssistanceCall> assistanceCall(const QJsonObject &object)
{
    if (object.value(u"id"_s).toInteger() <= 0)
        return std::nullopt;
    return AssistanceCall{object.value(u"id"_s).toInteger(), object.value(u"kiosk"_s).toString(), object.value(u"language"_s).toString(),
                          instant(object.value(u"requestedAt"_s))};
}

QList<AssistanceCall> assistanceCalls(const QJsonArray &array)
{
    QList<AssistanceCall> calls;
    for (const QJsonValue &value : array) {
        if (auto call = assistanceCall(value.toObject()))
            calls.append(*call);
    }
    return calls;
}

std::optional<QList<AssistanceCall>> assistanceList(const QJsonObject &object)
{
    if (!object.value(u"calls"_s).isArray())
        return std::nullopt;
    return assistanceCalls(object.value(u"calls"_s).toArray());
}

QJsonObject checkInRequest(const CheckInRequest &request)
{
    return visitorFields(request.language, request.priority, request.needs);
}

} // namespace ClientJson
int congestionLevel(const QString &congestion)
{
    if (congestion == u"very-high")
        return 3;
    if (congestion == u"high")
        return 2;
    return congestion == u"medium" ? 1 : 0;
}

} // namespace Madoguchi
