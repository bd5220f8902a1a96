// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueengine.h"
#include "queueengine_p.h"

#include "numbering.h"
#include "publictoken.h"
#include "queuejson.h"
#include "queuemessages.h"
#include "statechange.h"
#include "steprouter.h"

#include "common/clock.h"
#include "common/logging.h"
#include "ports/queuestore.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// The most services one ticket takes (a visit may gain as many again by hand).
constexpr qsizetype kMaxSteps = 10;
/// The most procedures of the guide one step carries.
constexpr qsizetype kMaxProceduresInStep = 30;

} // namespace

QueueEngine::QueueEngine(OfficeConfig office, QueueStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_office(std::move(office))
    , m_store(store)
    , m_clock(clock)
{
    StoreResult<QueueState> loaded = m_store.loadState();
    if (loaded)
        m_state = std::move(loaded).value();
    else
        m_loadError = loaded.error().message;
}

QueueEngine::~QueueEngine() = default;

QueueResult<Done> QueueEngine::commit(Pending &pending)
{
    StoreResult<QList<Event>> stored = m_store.commit(pending.events, pending.change);
    if (!stored) {
        qCWarning(lcQueue) << "commit failed:" << stored.error().message;
        return queueError(QueueErrorCode::StorageFailure, QueueMessages::storageFailed(stored.error().message));
    }
    pending.change.mergeInto(m_state);
    pending.committed = std::move(stored).value();
    return Done{};
}

QueueResult<const CounterConfig *> QueueEngine::counterConfig(int counter) const
{
    if (const CounterConfig *config = m_office.counter(counter))
        return config;
    return queueError(QueueErrorCode::UnknownCounter, QueueMessages::unknownCounter(counter));
}

QueueResult<const Step *> QueueEngine::heldStep(int counter) const
{
    if (auto config = counterConfig(counter); !config)
        return config.error();
    if (const Step *step = m_state.stepAtCounter(counter))
        return step;
    return queueError(QueueErrorCode::CounterIdle, QueueMessages::counterIdle(counter));
}

QueueResult<const Visit *> QueueEngine::openVisit(const QString &number) const
{
    if (const Visit *visit = m_state.openVisitByNumber(number))
        return visit;
    return queueError(QueueErrorCode::UnknownVisit, QueueMessages::unknownVisit(number));
}

const Visit *QueueEngine::visitByRequestKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const auto &[id, visit] : m_state.visits) {
        if (visit.requestKey == key)
            return &visit;
    }
    return nullptr;
}

QueueResult<const CounterConfig *> QueueEngine::readyToCall(int counter) const
{
    auto config = counterConfig(counter);
    if (!config)
        return config;
    const CounterStatus status = m_state.counter(counter).status;
    if (status != CounterStatus::Open)
        return queueError(QueueErrorCode::CounterNotOpen, QueueMessages::counterNotOpen(counter, status));
    if (const Step *held = m_state.stepAtCounter(counter))
        return queueError(QueueErrorCode::CounterBusy, QueueMessages::counterBusy(counter, m_state.visit(held->visit)->number));
    return config;
}

QueueResult<Visit> QueueEngine::issue(const IssueRequest &request, const QString &actor)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        if (const Visit *earlier = visitByRequestKey(request.requestKey)) {
            QStringList services;
            for (const Step &step : earlier->steps)
                services.append(step.service);
            if (services != request.services || earlier->priority != request.priority)
                return queueError(QueueErrorCode::KeyReused, QueueMessages::keyReused());
            return *earlier;
        }
        if (request.services.isEmpty() || request.services.size() > kMaxSteps)
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::serviceCount());
        if (!request.plans.isEmpty() && request.plans.size() != request.services.size())
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badRoute());
        for (qsizetype i = 0; i < request.plans.size(); ++i) {
            if (auto problem = checkPlan(request.services, request.plans.at(i), request.services.at(i)))
                return *problem;
        }
        for (qsizetype i = 0; i < request.services.size(); ++i) {
            if (!m_office.service(request.services.at(i)))
                return queueError(QueueErrorCode::UnknownService, QueueMessages::unknownService(request.services.at(i)));
            if (request.services.indexOf(request.services.at(i)) != i)
                return queueError(QueueErrorCode::InvalidRequest, QueueMessages::serviceTwice(serviceName(request.services.at(i))));
        }
        const QString language = request.language.isEmpty() ? m_office.languages.first() : request.language;
        if (!m_office.languages.contains(language))
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::languageNotOffered(language));
        if (request.appointment && (request.appointment->code.isEmpty() || !request.appointment->due.isValid()))
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badAppointment());
        if (request.channel != IssueChannel::Staff && !m_office.hours.isOpenAt(pending.now, m_office.timeZone)) {
            const auto opening = m_office.hours.nextOpening(pending.now, m_office.timeZone);
            return queueError(QueueErrorCode::OfficeClosed,
                              QueueMessages::officeClosed(opening ? opening->toTimeZone(m_office.timeZone) : QDateTime()));
        }

        const QString prefix = m_office.service(request.services.first())->prefix;
        const QDate day = officeDayForIssue(m_state, m_office.officeDate(pending.now));
        const auto number = allocateNumber(m_state, prefix, day, m_office.numbering);
        if (!number)
            return queueError(QueueErrorCode::NumbersExhausted,
                              QueueMessages::numbersExhausted(prefix, m_office.numbering.format(prefix, m_office.numbering.first),
                                                              m_office.numbering.format(prefix, m_office.numbering.last)));

        Visit visit;
        visit.id = m_state.lastVisitId + 1;
        visit.day = number->day;
        visit.prefix = prefix;
        visit.round = number->round;
        visit.sequence = number->sequence;
        visit.number = number->number;
        visit.token = newPublicToken();
        visit.language = language;
        visit.priority = request.priority;
        visit.needs = request.needs;
        visit.appointment = request.appointment;
        visit.issuedAt = pending.now;
        visit.requestKey = request.requestKey;
        visit.routed = !request.plans.isEmpty();
        StepId stepId = m_state.lastStepId;
        for (qsizetype i = 0; i < request.services.size(); ++i) {
            Step step;
            step.id = ++stepId;
            step.visit = visit.id;
            step.service = request.services.at(i);
            step.state = StepState::Pending;
            if (visit.routed) {
                step.procedures = request.plans.at(i).procedures;
                step.after = request.plans.at(i).after;
            }
            visit.steps.append(step);
        }
        Step *first = visit.step(nextStep(visit, pending.now, m_state, m_office)->id);
        first->state = StepState::Waiting;
        first->queuedAt = pending.now;
        pending.add(EventType::VisitIssued, visit.id, 0, 0, visitToJson(visit));
        if (auto committed = commit(pending); !committed)
            return committed.error();
        return *m_state.visit(visit.id);
    });
}

QueueResult<CallResult> QueueEngine::callNext(int counter, const QString &actor)
{
    return locked<CallResult>(actor, [&](Pending &pending) -> QueueResult<CallResult> {
        auto config = readyToCall(counter);
        if (!config)
            return config.error();
        const auto choice = chooseNext(m_state, m_office, **config, pending.now);
        if (!choice)
            return queueError(QueueErrorCode::NoneWaiting, QueueMessages::noneWaiting(counter));
        return call(pending, counter, choice->visit, choice->step, choice->reason, choice->streak);
    });
}

QueueResult<CallResult> QueueEngine::callSpecific(int counter, const QString &number, const QString &actor)
{
    return locked<CallResult>(actor, [&](Pending &pending) -> QueueResult<CallResult> {
        auto config = readyToCall(counter);
        if (!config)
            return config.error();
        auto visit = openVisit(number);
        if (!visit)
            return visit.error();
        const Step &step = *(*visit)->currentStep();
        if (step.state != StepState::Waiting)
            return queueError(QueueErrorCode::WrongState, QueueMessages::describe(**visit, step));
        if (step.targetCounter != 0 && step.targetCounter != counter)
            return queueError(QueueErrorCode::NotServedHere, QueueMessages::directedElsewhere(number, step.targetCounter));
        if (step.targetCounter == 0 && !(*config)->services.contains(step.service) && !(*config)->fallback.contains(step.service))
            return queueError(QueueErrorCode::NotServedHere, QueueMessages::notServedHere(counter, serviceName(step.service), number));
        const CallReason reason = CallReason::told(CallReason::Code::CalledByNumber, QueueMessages::kCalledByNumber);
        return call(pending, counter, (*visit)->id, step.id, reason, m_state.counter(counter).priorityStreak);
    });
}

QueueResult<CallResult> QueueEngine::call(Pending &pending, int counter, VisitId visit, StepId step, const CallReason &reason, int streak)
{
    pending.add(
        EventType::StepCalled, visit, step, counter,
        {{u"reason"_s,
          QJsonObject{{u"code"_s, callReasonCodeName(reason.code)}, {u"fallback"_s, reason.fallback}, {u"message"_s, reason.message}}},
         {u"streak"_s, streak}});
    if (auto committed = commit(pending); !committed)
        return committed.error();
    return CallResult{*m_state.visit(visit), step, reason};
}

template<typename Operation>
QueueResult<Visit> QueueEngine::onHeldStep(int counter, const QString &actor, Operation &&operation)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        auto held = heldStep(counter);
        if (!held)
            return held.error();
        const Step &step = **held;
        const Visit &visit = *m_state.visit(step.visit);
        if (std::optional<QueueError> refused = operation(pending, visit, step))
            return *refused;
        return commitAndReturn(pending, visit.id);
    });
}

QueueResult<Visit> QueueEngine::recall(int counter, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        if (step.state != StepState::Called)
            return queueError(QueueErrorCode::WrongState, QueueMessages::nothingToRecall(visit.number, counter));
        pending.add(EventType::StepRecalled, visit.id, step.id, counter);
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::start(int counter, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        if (step.state != StepState::Called)
            return queueError(QueueErrorCode::WrongState, QueueMessages::describe(visit, step));
        pending.add(EventType::StepStarted, visit.id, step.id, counter);
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::finish(int counter, const QString &outcome, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        static const QRegularExpression outcomePattern(u"^[a-z0-9][a-z0-9-]{0,31}$"_s);
        const QString code = outcome.isEmpty() ? u"completed"_s : outcome;
        if (!outcomePattern.match(code).hasMatch())
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badOutcome(code));
        pending.add(EventType::StepFinished, visit.id, step.id, counter, {{u"outcome"_s, code}});
        queueNext(pending, visit.id);
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::noShow(int counter, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        if (step.state != StepState::Called)
            return queueError(QueueErrorCode::WrongState, QueueMessages::noShowWhileServing(visit.number, counter));
        pending.add(EventType::StepNoShow, visit.id, step.id, counter);
        cancelRest(pending, visit, u"no-show"_s);
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::transfer(int counter, const TransferTarget &target, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        const QString service = target.service.isEmpty() ? step.service : target.service;
        if (!m_office.service(service))
            return queueError(QueueErrorCode::UnknownService, QueueMessages::unknownService(service));
        if (target.counter != 0 && !m_office.counter(target.counter))
            return queueError(QueueErrorCode::UnknownCounter, QueueMessages::unknownCounter(target.counter));
        if (target.counter == counter && service == step.service)
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::alreadyHere(visit.number, counter));
        const bool keepPlace = target.keepPlace.value_or(m_office.rules.transferKeepsPlace);
        Step next;
        next.id = m_state.lastStepId + 1;
        next.visit = visit.id;
        next.service = service;
        next.targetCounter = target.counter;
        next.state = StepState::Waiting;
        next.queuedAt = keepPlace ? step.queuedAt : pending.now;
        pending.add(EventType::StepTransferred, visit.id, step.id, counter, {{u"next"_s, stepToJson(next)}, {u"keepPlace"_s, keepPlace}});
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::park(int counter, const QString &actor)
{
    return onHeldStep(counter, actor, [&](Pending &pending, const Visit &visit, const Step &step) -> std::optional<QueueError> {
        pending.add(EventType::StepParked, visit.id, step.id, counter);
        return std::nullopt;
    });
}

QueueResult<Visit> QueueEngine::unpark(const QString &number, int counter, const QString &actor)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        auto visit = openVisit(number);
        if (!visit)
            return visit.error();
        const Step &step = *(*visit)->currentStep();
        if (step.state != StepState::Parked)
            return queueError(QueueErrorCode::WrongState, QueueMessages::describe(**visit, step));
        if (counter != 0) {
            if (auto ready = readyToCall(counter); !ready)
                return ready.error();
        }
        const VisitId id = (*visit)->id;
        pending.add(EventType::StepUnparked, id, step.id, 0, {{u"queuedAt"_s, instantToJson(step.queuedAt)}});
        if (counter == 0)
            return commitAndReturn(pending, id);
        const CallReason reason = CallReason::told(CallReason::Code::ReturnedFromPool, QueueMessages::kReturnedFromPool);
        auto called = call(pending, counter, id, step.id, reason, m_state.counter(counter).priorityStreak);
        if (!called)
            return called.error();
        return called->visit;
    });
}

QueueResult<Visit> QueueEngine::cancel(const QString &number, const QString &actor)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        auto visit = openVisit(number);
        if (!visit)
            return visit.error();
        const Step &step = *(*visit)->currentStep();
        if (step.state == StepState::Serving)
            return queueError(QueueErrorCode::WrongState, QueueMessages::cancelWhileServing(number, step.counter));
        cancelRest(pending, **visit, u"withdrawn"_s);
        return commitAndReturn(pending, (*visit)->id);
    });
}

QueueResult<Visit> QueueEngine::addStep(const QString &number, const QString &service, const StepPlan &plan, const QString &actor)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        const auto visit = openVisit(number);
        if (!visit)
            return visit.error();
        if (!m_office.service(service))
            return queueError(QueueErrorCode::UnknownService, QueueMessages::unknownService(service));
        QStringList services;
        for (const Step &step : (*visit)->steps) {
            if (!isTerminal(step.state) && step.service == service)
                return queueError(QueueErrorCode::InvalidRequest, QueueMessages::serviceTwice(serviceName(service)));
            services.append(step.service);
        }
        if ((*visit)->steps.size() >= 2 * kMaxSteps)
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::serviceCount());
        if (auto problem = checkPlan(services, plan, service))
            return *problem;
        Step step;
        step.id = m_state.lastStepId + 1;
        step.visit = (*visit)->id;
        step.service = service;
        step.procedures = plan.procedures;
        step.after = plan.after;
        pending.add(EventType::StepAdded, step.visit, step.id, 0, {{u"step"_s, stepToJson(step)}});
        return commitAndReturn(pending, step.visit);
    });
}

QueueResult<Visit> QueueEngine::removeStep(const QString &number, StepId stepId, const QString &actor)
{
    return locked<Visit>(actor, [&](Pending &pending) -> QueueResult<Visit> {
        const auto visit = openVisit(number);
        if (!visit)
            return visit.error();
        const Step *step = (*visit)->step(stepId);
        if (!step || isTerminal(step->state))
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::unknownStep(number));
        if (isAtCounter(step->state))
            return queueError(QueueErrorCode::WrongState, QueueMessages::describe(**visit, *step));
        const bool wasCurrent = step->state != StepState::Pending;
        pending.add(EventType::StepCancelled, (*visit)->id, stepId, 0, {{u"reason"_s, u"removed"_s}});
        if (wasCurrent)
            queueNext(pending, (*visit)->id);
        return commitAndReturn(pending, (*visit)->id);
    });
}

std::optional<QueueError> QueueEngine::checkPlan(const QStringList &services, const StepPlan &plan, const QString &service) const
{
    static const QRegularExpression procedureId(u"^[a-z0-9][a-z0-9-]{0,47}$"_s);
    if (plan.procedures.size() > kMaxProceduresInStep || plan.after.size() > kMaxSteps)
        return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badRoute());
    for (const QString &procedure : plan.procedures) {
        if (!procedureId.match(procedure).hasMatch())
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badRoute());
    }
    for (const QString &first : plan.after) {
        if (first == service || !services.contains(first))
            return queueError(QueueErrorCode::InvalidRequest, QueueMessages::badRoute());
    }
    return std::nullopt;
}

void QueueEngine::queueNext(Pending &pending, VisitId visit)
{
    const Visit &now = pending.change.current(visit);
    const QDateTime arrival = m_office.rules.nextStepKeepsArrival ? now.issuedAt : pending.now;
    const Step *next = nextStep(now, arrival, m_state, m_office);
    if (!next)
        return;
    pending.add(EventType::StepQueued, visit, next->id, 0, {{u"queuedAt"_s, instantToJson(arrival)}});
}

void QueueEngine::cancelRest(Pending &pending, const Visit &visit, const QString &reason)
{
    for (const Step &step : pending.change.current(visit.id).steps) {
        if (!isTerminal(step.state))
            pending.add(EventType::StepCancelled, visit.id, step.id, step.counter, {{u"reason"_s, reason}});
    }
}

QueueResult<Visit> QueueEngine::commitAndReturn(Pending &pending, VisitId visit)
{
    if (auto committed = commit(pending); !committed)
        return committed.error();
    if (const Visit *v = m_state.visit(visit))
        return *v;
    // A closed visit of an earlier office day leaves the state once committed; report it as it ended.
    return pending.change.visits().at(visit);
}

QueueState QueueEngine::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

QList<Visit> QueueEngine::waiting(const QString &service) const
{
    std::lock_guard lock(m_mutex);
    QList<Visit> result;
    for (const VisitId id : m_state.openVisits) {
        const Visit &visit = m_state.visits.at(id);
        const Step *step = visit.currentStep();
        if (step->state == StepState::Waiting && step->service == service)
            result.append(visit);
    }
    std::sort(result.begin(), result.end(),
              [](const Visit &a, const Visit &b) { return queuedBefore(*a.currentStep(), *b.currentStep()); });
    return result;
}

QString QueueEngine::serviceName(const QString &code) const
{
    const ServiceConfig *service = m_office.service(code);
    return service ? service->name.text(m_office.languages.first()) : code;
}

} // namespace Madoguchi
