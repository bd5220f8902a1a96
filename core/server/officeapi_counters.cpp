// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "apiviews.h"
#include "jsonfields.h"

#include "common/translation.h"
#include "queue/queueengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

// The answers to counter actions; reasons and refusals are told in the clerk's language (translate).

HttpResponse visitResponse(const QueueResult<Visit> &result, const TranslateFunction &translate)
{
    return result ? jsonResponse({{u"visit"_s, ApiViews::staffVisit(*result)}}) : errorResponse(apiError(result.error(), translate));
}

HttpResponse callResponse(const QueueResult<CallResult> &result, const TranslateFunction &translate)
{
    if (!result)
        return errorResponse(apiError(result.error(), translate));
    return jsonResponse({{u"visit"_s, ApiViews::staffVisit(result->visit)}, {u"reason"_s, ApiViews::reason(result->reason, translate)}});
}

HttpResponse counterResponse(const QueueResult<CounterState> &result, const TranslateFunction &translate)
{
    return result ? jsonResponse({{u"counter"_s, QJsonObject{{u"number"_s, result->number},
                                                              {u"status"_s, counterStatusName(result->status)}}}})
                  : errorResponse(apiError(result.error(), translate));
}

std::optional<int> counterNumber(const QString &text, const OfficeConfig &office)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || !office.counter(number))
        return std::nullopt;
    return number;
}

HttpResponse unknownCounter(const QString &text)
{
    return errorResponse({404, u"unknown-counter"_s, ApiTr::tr("There is no counter %1 in this office.").arg(text)});
}

} // namespace

HttpResponse OfficeApi::counter(const HttpRequest &, const Principal &, const QStringList &args)
{
    const auto number = counterNumber(args.first(), m_engine.office());
    if (!number)
        return unknownCounter(args.first());
    const QueueState state = m_engine.state();
    QJsonObject object = ApiViews::counter(state, *number);
    QJsonObject waiting;
    const CounterConfig *config = m_engine.office().counter(*number);
    for (const QString &service : config->services + config->fallback) {
        QJsonArray numbers;
        for (const Visit &visit : m_engine.waiting(service))
            numbers.append(visit.number);
        waiting.insert(service, numbers);
    }
    object.insert(u"waiting"_s, waiting);
    return jsonResponse({{u"counter"_s, object}});
}

HttpResponse OfficeApi::counterAction(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto number = counterNumber(args.at(0), m_engine.office());
    if (!number)
        return unknownCounter(args.at(0));
    if (!principal.mayActAt(*number))
        return errorResponse({403, u"forbidden"_s,
                              principal.counter > 0
                                  ? ApiTr::tr("This session is for counter %1; it cannot act at counter %2.").arg(principal.counter).arg(*number)
                                  : ApiTr::tr("A %1 may not act at counters.").arg(roleName(principal.role))});
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    const QString action = args.at(1);
    const TranslateFunction translate = translationFor(request);
    const QString actor = principal.actor();
    const int counter = *number;

    if (action == u"call") {
        fields.allowOnly({u"number"});
        const QString visit = fields.string(u"number", true, 16);
        return fields.error() ? errorResponse(*fields.error()) : callResponse(m_engine.callSpecific(counter, visit, actor), translate);
    }
    if (action == u"unpark") {
        fields.allowOnly({u"number"});
        const QString visit = fields.string(u"number", true, 16);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.unpark(visit, counter, actor), translate);
    }
    if (action == u"finish") {
        fields.allowOnly({u"outcome"});
        const QString outcome = fields.string(u"outcome", false, 200);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.finish(counter, outcome, actor), translate);
    }
    if (action == u"transfer") {
        fields.allowOnly({u"service", u"counter", u"keepPlace"});
        TransferTarget target;
        target.service = fields.string(u"service", false, 32);
        target.counter = fields.integer(u"counter", false, 1, 999).value_or(0);
        target.keepPlace = fields.boolean(u"keepPlace");
        if (!fields.error() && target.service.isEmpty() && target.counter == 0)
            fields.fail(ApiTr::tr("A transfer needs a 'service', a 'counter' or both."), 422);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.transfer(counter, target, actor), translate);
    }
    fields.allowOnly({});
    if (fields.error())
        return errorResponse(*fields.error());
    if (action == u"call-next")
        return callResponse(m_engine.callNext(counter, actor), translate);
    if (action == u"recall")
        return visitResponse(m_engine.recall(counter, actor), translate);
    if (action == u"start")
        return visitResponse(m_engine.start(counter, actor), translate);
    if (action == u"no-show")
        return visitResponse(m_engine.noShow(counter, actor), translate);
    if (action == u"park")
        return visitResponse(m_engine.park(counter, actor), translate);
    if (action == u"pause")
        return counterResponse(m_engine.pauseCounter(counter, actor), translate);
    if (action == u"open")
        return counterResponse(m_engine.openCounter(counter, actor), translate);
    if (action == u"close")
        return counterResponse(m_engine.closeCounter(counter, actor), translate);
    return errorResponse({404, u"unknown-action"_s,
                          ApiTr::tr("Unknown counter action '%1' (call-next, call, recall, start, finish, no-show, "
                                    "transfer, park, unpark, pause, open, close).").arg(action)});
}

} // namespace Madoguchi
