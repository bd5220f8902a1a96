// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "apiviews.h"
#include "jsonfields.h"

#include "common/clock.h"
#include "common/translation.h"
#include "estimate/waitestimator.h"
#include "guide/guideplan.h"
#include "queue/queueengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// Reads the optional appointment {"code", "due"} of an issue request.
std::optional<Appointment> appointment(JsonFields &fields)
{
    const auto object = fields.object(u"appointment");
    if (!object)
        return std::nullopt;
    JsonFields inner(*object);
    inner.allowOnly({u"code", u"due"});
    Appointment result{inner.string(u"code", true, 32), QDateTime::fromString(inner.string(u"due", true, 40), Qt::ISODateWithMs)};
    if (!inner.error() && !result.due.isValid())
        inner.fail(ApiTr::tr("The appointment's 'due' must be an ISO 8601 date and time."));
    if (inner.error()) {
        fields.fail(inner.error()->message, inner.error()->status);
        return std::nullopt;
    }
    return result;
}

/// Reads what a routed step carries: {"procedures": [...], "after": [...]}.
StepPlan stepPlan(JsonFields &fields)
{
    StepPlan plan;
    plan.procedures = fields.strings(u"procedures", false, 30);
    plan.after = fields.strings(u"after", false, 10);
    return plan;
}

/// The optional route of an issue request: one {"procedures", "after"} per service.
QList<StepPlan> route(JsonFields &fields)
{
    QList<StepPlan> plans;
    for (const QJsonObject &object : fields.objects(u"route", 10)) {
        JsonFields inner(object);
        inner.allowOnly({u"procedures", u"after"});
        plans.append(stepPlan(inner));
        if (inner.error()) {
            fields.fail(inner.error()->message, inner.error()->status);
            return {};
        }
    }
    return plans;
}

} // namespace

HttpResponse OfficeApi::services(const HttpRequest &, const Principal &principal, const QStringList &)
{
    const QueueState state = m_engine.state();
    const OfficeConfig &office = m_engine.office();
    const QDateTime now = m_clock.now();
    QJsonArray list;
    for (const ServiceConfig &service : office.services) {
        QJsonObject entry = ApiViews::service(service, m_estimator.forService(state, service.code), state, now);
        if (principal.isStaff()) // never to kiosks and boards in the hall
            entry.insert(u"coming"_s, ApiViews::coming(state, service.code, m_guide));
        list.append(entry);
    }
    return jsonResponse({{u"office"_s,
                          QJsonObject{{u"id"_s, office.id},
                                      {u"name"_s, ApiViews::localized(office.name)},
                                      {u"timeZone"_s, QString::fromLatin1(office.timeZone.id())}}},
                         {u"languages"_s, QJsonArray::fromStringList(office.languages)},
                         {u"open"_s, office.hours.isOpenAt(now, office.timeZone)},
                         {u"services"_s, list}});
}

HttpResponse OfficeApi::issue(const HttpRequest &request, const Principal &principal, const QStringList &)
{
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"services", u"language", u"priority", u"needs", u"appointment", u"profile", u"route", u"procedures"});
    IssueRequest issue;
    const bool byProcedures = body.contains(u"procedures"_s);
    issue.services = fields.strings(u"services", !byProcedures, 10);
    issue.plans = route(fields);
    const QStringList procedures = fields.strings(u"procedures", false, 30);
    if (byProcedures && (body.contains(u"services"_s) || body.contains(u"route"_s)))
        fields.fail(ApiTr::tr("Give either 'services' (and a 'route') or the guide's 'procedures', not both."));
    readVisitor(fields, issue);
    issue.appointment = appointment(fields);
    const auto profileObject = fields.object(u"profile");
    if (fields.error())
        return errorResponse(*fields.error());
    if (byProcedures) {
        if (auto refused = routeProcedures(procedures, issue))
            return errorResponse(*refused);
    }
    IssueProfile profile;
    if (profileObject) {
        if (auto refused = readIssueProfile(request, *profileObject, principal, profile))
            return errorResponse(*refused);
    }
    issue.channel = principal.role == Role::Kiosk ? IssueChannel::Kiosk : IssueChannel::Staff;

    const QByteArray key = request.header("Idempotency-Key");
    const bool visibleAscii = std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x21 && c <= 0x7e; });
    if (key.size() > 128 || !visibleAscii)
        return errorResponse(
            {400, Api::ErrorCode::BadIdempotencyKey, ApiTr::tr("The Idempotency-Key header must be 1 to 128 visible ASCII characters.")});
    if (!key.isEmpty()) {
        const QDate day = m_engine.office().officeDate(m_clock.now());
        issue.requestKey = principal.actor() + u'|' + day.toString(Qt::ISODate) + u'|' + QString::fromLatin1(key);
    }

    const auto visit = m_engine.issue(issue, principal.actor());
    if (!visit)
        return errorResponse(apiError(visit.error(), translationFor(request)));
    return ticketResponse(request, *visit, profileObject ? keepIssueProfile(*visit, profile, principal) : QJsonObject());
}

HttpResponse OfficeApi::addStep(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"service", u"procedures", u"after"});
    const QString service = fields.string(u"service", true, 32);
    const StepPlan plan = stepPlan(fields);
    if (fields.error())
        return errorResponse(*fields.error());
    const auto found = visitById(args.first());
    if (!found)
        return errorResponse(found.error());
    const auto visit = m_engine.addStep(found->number, service, plan, principal.actor());
    if (!visit)
        return errorResponse(apiError(visit.error(), translationFor(request)));
    return jsonResponse(ApiViews::staffVisit(*visit));
}

HttpResponse OfficeApi::removeStep(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto found = visitById(args.first());
    if (!found)
        return errorResponse(found.error());
    bool number = false;
    const StepId step = args.at(1).toLongLong(&number);
    const auto visit = m_engine.removeStep(found->number, number ? step : 0, principal.actor());
    if (!visit)
        return errorResponse(apiError(visit.error(), translationFor(request)));
    return jsonResponse(ApiViews::staffVisit(*visit));
}

std::optional<ApiError> OfficeApi::routeProcedures(const QStringList &procedures, IssueRequest &issue) const
{
    const GuidePlan plan = m_guide ? planProcedures(*m_guide, procedures) : GuidePlan();
    if (plan.steps.isEmpty())
        return ApiError{422, Api::ErrorCode::InvalidRequest,
                        m_guide ? ApiTr::tr("None of these procedures is done at this office's counters.")
                                : ApiTr::tr("This office has no life-event guide, so it takes services, not procedures.")};
    for (const PlannedStep &step : plan.steps) {
        issue.services.append(step.service);
        issue.plans.append({step.procedures, step.after});
    }
    return std::nullopt;
}

Result<Visit, Api::ErrorCode, ApiError> OfficeApi::visitById(const QString &id) const
{
    bool number = false;
    const VisitId visitId = id.toLongLong(&number);
    const QueueState state = m_engine.state();
    const Visit *visit = number ? state.visit(visitId) : nullptr;
    if (!visit)
        return ApiError{404, Api::ErrorCode::UnknownVisit, ApiTr::tr("There is no visit %1 today.").arg(id.left(20))};
    return *visit;
}

void OfficeApi::readVisitor(JsonFields &fields, IssueRequest &issue)
{
    issue.language = fields.string(u"language", false, 16);
    const QString priority = fields.string(u"priority", false, 16);
    if (!priority.isEmpty() && priority != u"regular"_s && priority != u"priority"_s)
        fields.fail(ApiTr::tr("The field 'priority' must be \"regular\" or \"priority\"."), 422);
    issue.priority = priority == u"priority"_s ? PriorityClass::Priority : PriorityClass::Regular;
    const auto needs = needsFromNames(fields.strings(u"needs", false));
    if (!needs)
        fields.fail(ApiTr::tr("The field 'needs' names an unknown need."), 422);
    issue.needs = needs.value_or(Needs());
}

HttpResponse OfficeApi::ticketResponse(const HttpRequest &request, const Visit &visit, const QJsonObject &profile) const
{
    const QueueState state = m_engine.state();
    const WaitEstimate estimate = m_estimator.forVisit(state, visit.id);
    QJsonArray services;
    QJsonArray checklist; // a routed visit's procedures per step, named in the visitor's language
    bool anyProcedure = false;
    for (const Step &step : visit.steps) {
        services.append(step.service);
        QJsonArray procedures;
        for (const QString &id : step.procedures)
            procedures.append(ApiViews::procedureName(m_guide, id).text(visit.language));
        anyProcedure = anyProcedure || !procedures.isEmpty();
        checklist.append(procedures);
    }
    QJsonObject ticket{{u"number"_s, visit.number},
                       {u"token"_s, visit.token},
                       {u"statusUrl"_s, ticketStatusUrl(request, visit.token)},
                       {u"ahead"_s, estimate.ahead},
                       {u"estimate"_s, ApiViews::estimate(estimate)},
                       {u"services"_s, services},
                       {u"language"_s, visit.language},
                       {u"issuedAt"_s, visit.issuedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (visit.appointment)
        ticket.insert(
            u"appointment"_s,
            QJsonObject{{u"code"_s, visit.appointment->code}, {u"due"_s, visit.appointment->due.toUTC().toString(Qt::ISODateWithMs)}});
    if (!profile.isEmpty())
        ticket.insert(u"profile"_s, profile);
    if (anyProcedure)
        ticket.insert(u"checklist"_s, checklist);
    return jsonResponse(ticket, 201);
}

HttpResponse OfficeApi::board(const HttpRequest &, const Principal &, const QStringList &)
{
    return jsonResponse(ApiViews::board(m_engine.state(), m_engine.office(), m_estimator));
}

HttpResponse OfficeApi::status(const HttpRequest &, const Principal &, const QStringList &args)
{
    const auto found = publicStatus(args.first());
    return found ? jsonResponse(*found) : errorResponse(unknownTicket());
}

HttpResponse OfficeApi::pageResponse(QString html, int status) const
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.addHeader("Content-Security-Policy", m_page.contentSecurityPolicy());
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("X-Frame-Options", "DENY");
    response.body = html.toUtf8();
    return response;
}

HttpResponse OfficeApi::unknownTicketPage(const HttpRequest &request) const
{
    return pageResponse(m_page.renderUnknown(QString::fromLatin1(request.header("Accept-Language"))), 404);
}

HttpResponse OfficeApi::statusPage(const HttpRequest &request, const Principal &, const QStringList &args)
{
    const auto found = publicStatus(args.first());
    if (!found)
        return unknownTicketPage(request);
    const NoticeFeedback feedback = noticeFeedbackFromName(request.query.queryItemValue(u"notice"_s));
    return pageResponse(m_page.render(*found, args.first(), feedback));
}

} // namespace Madoguchi
