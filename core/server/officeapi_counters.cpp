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
    return result
        ? jsonResponse({{u"counter"_s, QJsonObject{{u"number"_s, result->number}, {u"status"_s, counterStatusName(result->status)}}}})
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
    return errorResponse({404, Api::ErrorCode::UnknownCounter, ApiTr::tr("There is no counter %1 in this office.").arg(text)});
}

/// The answer of an action that takes no fields: refused when the body has any.
template<typename Respond>
HttpResponse withoutFields(JsonFields &fields, Respond respond)
{
    fields.allowOnly({});
    return fields.error() ? errorResponse(*fields.error()) : respond();
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
        return errorResponse(
            {403, Api::ErrorCode::Forbidden,
             principal.counter > 0
                 ? ApiTr::tr("This session is for counter %1; it cannot act at counter %2.").arg(principal.counter).arg(*number)
                 : ApiTr::tr("A %1 may not act at counters.").arg(roleName(principal.role))});
    const std::optional<CounterAction> action = Api::counterActionNamed(args.at(1));
    if (!action)
        return errorResponse({404, Api::ErrorCode::UnknownAction,
                              ApiTr::tr("Unknown counter action '%1' (%2).").arg(args.at(1), Api::counterActionNames().join(u", "))});
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    const TranslateFunction translate = translationFor(request);
    const QString actor = principal.actor();
    const int counter = *number;

    switch (*action) {
    case CounterAction::Call: {
        fields.allowOnly({u"number"});
        const QString visit = fields.string(u"number", true, 16);
        return fields.error() ? errorResponse(*fields.error()) : callResponse(m_engine.callSpecific(counter, visit, actor), translate);
    }
    case CounterAction::Unpark: {
        fields.allowOnly({u"number"});
        const QString visit = fields.string(u"number", true, 16);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.unpark(visit, counter, actor), translate);
    }
    case CounterAction::Finish: {
        fields.allowOnly({u"outcome"});
        const QString outcome = fields.string(u"outcome", false, 200);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.finish(counter, outcome, actor), translate);
    }
    case CounterAction::Transfer: {
        fields.allowOnly({u"service", u"counter", u"keepPlace"});
        TransferTarget target;
        target.service = fields.string(u"service", false, 32);
        target.counter = fields.integer(u"counter", false, 1, 999).value_or(0);
        target.keepPlace = fields.boolean(u"keepPlace");
        if (!fields.error() && target.service.isEmpty() && target.counter == 0)
            fields.fail(ApiTr::tr("A transfer needs a 'service', a 'counter' or both."), 422);
        return fields.error() ? errorResponse(*fields.error()) : visitResponse(m_engine.transfer(counter, target, actor), translate);
    }
    case CounterAction::CallNext: return withoutFields(fields, [&] { return callResponse(m_engine.callNext(counter, actor), translate); });
    case CounterAction::Recall: return withoutFields(fields, [&] { return visitResponse(m_engine.recall(counter, actor), translate); });
    case CounterAction::Start: return withoutFields(fields, [&] { return visitResponse(m_engine.start(counter, actor), translate); });
    case CounterAction::NoShow: return withoutFields(fields, [&] { return visitResponse(m_engine.noShow(counter, actor), translate); });
    case CounterAction::Park: return withoutFields(fields, [&] { return visitResponse(m_engine.park(counter, actor), translate); });
    case CounterAction::Pause:
        return withoutFields(fields, [&] { return counterResponse(m_engine.pauseCounter(counter, actor), translate); });
    case CounterAction::Open:
        return withoutFields(fields, [&] { return counterResponse(m_engine.openCounter(counter, actor), translate); });
    case CounterAction::Close:
        return withoutFields(fields, [&] { return counterResponse(m_engine.closeCounter(counter, actor), translate); });
    }
    return errorResponse(
        {500, Api::ErrorCode::Internal, ApiTr::tr("The server could not answer this request.")}); // every action has its case
}

} // namespace Madoguchi
