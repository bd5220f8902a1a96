// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiviews.h"

#include "estimate/queueposition.h"
#include "queue/queuejson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Madoguchi::ApiViews {

namespace {

constexpr int kRecentCalls = 10;

QString instant(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Congestion from the upper end of the estimate: calm, moderate, busy, very busy.
QString congestion(const WaitEstimate &estimate)
{
    if (!estimate.known || estimate.ahead == 0 || estimate.highMinutes <= 15) // nobody waiting is never crowded
        return u"low"_s;
    if (estimate.highMinutes <= 30)
        return u"medium"_s;
    return estimate.highMinutes <= 60 ? u"high"_s : u"very-high"_s;
}

} // namespace

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    for (auto it = text.all().cbegin(); it != text.all().cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject estimate(const WaitEstimate &estimate)
{
    return {{u"low"_s, estimate.lowMinutes}, {u"high"_s, estimate.highMinutes}, {u"known"_s, estimate.known}};
}

namespace {

/// A one-stop visit at another service now, with a step still to come here: its number, where it is
/// and the procedures it brings; an empty object otherwise.
QJsonObject comingVisit(const Visit &visit, const Step &current, const QString &service, const GuideCatalogue *guide)
{
    const auto later = std::find_if(visit.steps.cbegin(), visit.steps.cend(),
                                    [&](const Step &step) { return step.state == StepState::Pending && step.service == service; });
    if (later == visit.steps.cend() || current.service == service)
        return {};
    QJsonArray procedures;
    for (const QString &id : later->procedures)
        procedures.append(localized(procedureName(guide, id)));
    return {{u"number"_s, visit.number}, {u"now"_s, current.service}, {u"procedures"_s, procedures}};
}

} // namespace

LocalizedText procedureName(const GuideCatalogue *guide, const QString &id)
{
    const GuideProcedure *procedure = guide ? guide->procedure(id) : nullptr;
    return procedure ? procedure->name : LocalizedText({{u"ja"_s, id}});
}

QJsonArray coming(const QueueState &state, const QString &service, const GuideCatalogue *guide)
{
    QJsonArray visits;
    for (const VisitId id : state.openVisits) {
        const Visit *visit = state.visit(id);
        const Step *step = visit ? visit->currentStep() : nullptr;
        if (!step || !visit->routed)
            continue;
        if (const QJsonObject next = comingVisit(*visit, *step, service, guide); !next.isEmpty())
            visits.append(next);
    }
    return visits;
}

QJsonObject service(const ServiceConfig &service, const WaitEstimate &waitEstimate, const QueueState &state, const QDateTime &now)
{
    QJsonArray documents;
    for (const DocumentConfig &document : service.documents)
        documents.append(localized(document.name));
    QDateTime oldestWaiting;
    QJsonArray parked;
    for (const VisitId id : state.openVisits) {
        const Visit *visit = state.visit(id);
        const Step *step = visit ? visit->currentStep() : nullptr;
        if (!step || step->service != service.code)
            continue;
        if (step->state == StepState::Waiting && (!oldestWaiting.isValid() || step->queuedAt < oldestWaiting))
            oldestWaiting = step->queuedAt;
        else if (step->state == StepState::Parked)
            parked.append(visit->number);
    }
    return {{u"code"_s, service.code},
            {u"prefix"_s, service.prefix},
            {u"name"_s, localized(service.name)},
            {u"procedures"_s, localized(service.procedures)},
            {u"pictogram"_s, service.pictogram},
            {u"waiting"_s, waitEstimate.ahead},
            {u"estimate"_s, estimate(waitEstimate)},
            {u"congestion"_s, congestion(waitEstimate)},
            {u"longestWaitSeconds"_s, oldestWaiting.isValid() ? QJsonValue(std::max<qint64>(0, oldestWaiting.secsTo(now))) : QJsonValue()},
            {u"parked"_s, parked},
            {u"documents"_s, documents}};
}

QJsonObject staffVisit(const Visit &visit)
{
    QJsonObject object = visitToJson(visit);
    object.remove(u"token"_s);
    object.remove(u"requestKey"_s);
    object.insert(u"status"_s, visitStatus(visit));
    return object;
}

QString visitStatus(const Visit &visit)
{
    if (const Step *step = visit.currentStep()) {
        switch (step->state) {
        case StepState::Called: return u"called"_s;
        case StepState::Serving: return u"serving"_s;
        case StepState::Parked: return u"parked"_s;
        default: return u"waiting"_s;
        }
    }
    const Step &last = visit.steps.last();
    if (last.state == StepState::NoShow)
        return u"no-show"_s;
    return last.state == StepState::Cancelled ? u"cancelled"_s : u"done"_s;
}

QJsonObject publicStatus(const Visit &visit, const WaitEstimate &waitEstimate, const OfficeConfig &office)
{
    const Step *step = visit.currentStep();
    QJsonArray steps;
    for (const Step &each : visit.steps) {
        const ServiceConfig *config = office.service(each.service);
        steps.append(QJsonObject{{u"service"_s, each.service},
                                 {u"name"_s, config ? config->name.text(visit.language) : each.service},
                                 {u"state"_s, stepStateName(each.state)}});
    }
    QJsonObject object{
        {u"number"_s, visit.number},
        {u"status"_s, visitStatus(visit)},
        {u"language"_s, visit.language},
        {u"office"_s, office.name.text(visit.language)},
        {u"ahead"_s, waitEstimate.ahead},
        {u"estimate"_s, estimate(waitEstimate)},
        {u"steps"_s, steps},
        {u"issuedAt"_s, instant(visit.issuedAt)},
    };
    if (step && step->counter > 0) {
        const CounterConfig *counter = office.counter(step->counter);
        object.insert(u"counter"_s, step->counter);
        object.insert(u"counterName"_s, counter ? counter->name.text(visit.language) : QString::number(step->counter));
    } else if (step) {
        // Where the visitor will be called next: the service of the step they wait for and its
        // counters (after a routed visit's step, the next counter of the visit).
        QJsonArray counters;
        for (const CounterConfig &counter : office.counters) {
            if (counter.services.contains(step->service))
                counters.append(counter.name.text(visit.language));
        }
        const ServiceConfig *config = office.service(step->service);
        object.insert(u"next"_s,
                      QJsonObject{{u"service"_s, step->service},
                                  {u"name"_s, config ? config->name.text(visit.language) : step->service},
                                  {u"counters"_s, counters}});
    }
    return object;
}

QJsonObject event(const Event &event, bool staffView)
{
    QJsonObject data = event.data;
    data.remove(u"token"_s);
    data.remove(u"requestKey"_s);
    if (!staffView) {
        data.remove(u"needs"_s);
        data.remove(u"appointment"_s);
    }
    QJsonObject object{{u"id"_s, event.id},
                       {u"at"_s, instant(event.at)},
                       {u"type"_s, eventTypeName(event.type)},
                       {u"actor"_s, event.actor},
                       {u"data"_s, data}};
    if (event.visit)
        object.insert(u"visit"_s, event.visit);
    if (event.step)
        object.insert(u"step"_s, event.step);
    if (event.counter)
        object.insert(u"counter"_s, event.counter);
    return object;
}

QJsonObject reason(const CallReason &reason, const TranslateFunction &translate)
{
    return {{u"code"_s, callReasonCodeName(reason.code)}, {u"fallback"_s, reason.fallback}, {u"text"_s, reason.text(translate)}};
}

QJsonObject board(const QueueState &state, const OfficeConfig &office, const WaitEstimator &estimator)
{
    struct Call {
        QString number;
        int counter;
        QDateTime at;
        StepState state;
        QString language;
        int recalls;
        const Step *next; ///< a step done: the visit's step it now waits for, or null
    };
    std::vector<Call> calls;
    for (const auto &[id, visit] : state.visits) {
        if (visit.day != state.officeDay)
            continue;
        const Step *current = visit.currentStep();
        const Step *waitingFor = current && !current->calledAt.isValid() ? current : nullptr;
        for (const Step &step : visit.steps) {
            if (step.calledAt.isValid())
                calls.push_back({visit.number, step.counter, step.calledAt, step.state, visit.language, step.recalls,
                                 step.state == StepState::Done || step.state == StepState::Transferred ? waitingFor : nullptr});
        }
    }
    std::sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) { return a.at > b.at; });
    QJsonArray calling;
    QJsonArray recent;
    for (const Call &call : calls) {
        QJsonObject item{{u"number"_s, call.number},
                         {u"counter"_s, call.counter},
                         {u"calledAt"_s, instant(call.at)},
                         {u"language"_s, call.language},
                         {u"recalls"_s, call.recalls}};
        if (isAtCounter(call.state)) {
            item.insert(u"state"_s, stepStateName(call.state));
            calling.append(item);
        } else if (recent.size() < kRecentCalls) {
            // A routed visit between counters: the board says where the number goes next.
            if (const ServiceConfig *next = call.next ? office.service(call.next->service) : nullptr)
                item.insert(u"next"_s,
                            QJsonObject{{u"service"_s, next->code}, {u"prefix"_s, next->prefix}, {u"name"_s, localized(next->name)}});
            recent.append(item);
        }
    }
    QJsonArray services;
    for (const ServiceConfig &config : office.services) {
        const WaitEstimate waitEstimate = estimator.forService(state, config.code);
        services.append(QJsonObject{{u"code"_s, config.code},
                                    {u"prefix"_s, config.prefix},
                                    {u"name"_s, localized(config.name)},
                                    {u"waiting"_s, waitEstimate.ahead},
                                    {u"estimate"_s, estimate(waitEstimate)},
                                    {u"congestion"_s, congestion(waitEstimate)}});
    }
    const QJsonObject sound{{u"muted"_s, office.boardSound.muted}, {u"volume"_s, office.boardSound.volumePercent}};
    const QJsonObject display{{u"diagonalInches"_s, office.boardDisplay.diagonalInches},
                              {u"viewingMetres"_s, office.boardDisplay.viewingMetres}};
    return {{u"calling"_s, calling}, {u"recent"_s, recent}, {u"services"_s, services}, {u"sound"_s, sound}, {u"display"_s, display}};
}

QJsonObject counter(const QueueState &state, int number)
{
    const CounterState counterState = state.counter(number);
    QJsonObject object{{u"number"_s, number}, {u"status"_s, counterStatusName(counterState.status)}};
    if (const Step *step = state.stepAtCounter(number)) {
        if (const Visit *visit = state.visit(step->visit))
            object.insert(u"visit"_s, staffVisit(*visit));
    }
    return object;
}

QJsonArray assistanceCalls(const QList<AssistanceCall> &calls)
{
    QJsonArray list;
    for (const AssistanceCall &call : calls)
        list.append(QJsonObject{{u"id"_s, call.id},
                                {u"kiosk"_s, call.kiosk},
                                {u"language"_s, call.language},
                                {u"requestedAt"_s, call.requestedAt.toUTC().toString(Qt::ISODateWithMs)}});
    return list;
}

} // namespace Madoguchi::ApiViews
