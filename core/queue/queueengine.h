// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callchoice.h"
#include "event.h"
#include "queueerror.h"
#include "queuestate.h"

#include "config/officeconfig.h"

#include <QObject>

#include <mutex>

namespace Madoguchi {

class Clock;
class QueueStore;

/// How a ticket was asked for; kiosks and the web may not issue outside opening hours.
enum class IssueChannel : quint8 { Kiosk, Staff, Web };

/// What a visitor asks for when taking a ticket.
/// What a step of a routed visit carries: the guide's procedures it does and the services whose
/// steps end before it is queued.
struct StepPlan {
    QStringList procedures;
    QStringList after;
};

struct IssueRequest {
    QStringList services; ///< one or several services, in the order they are to be served
    QString language;     ///< empty: the office's default language
    PriorityClass priority = PriorityClass::Regular;
    Needs needs;
    std::optional<Appointment> appointment;
    IssueChannel channel = IssueChannel::Kiosk;
    QString requestKey; ///< non-empty: a retry with the same key returns the visit it made, issuing nothing
    /// Empty, or one per service: a routed visit, whose next step is chosen when one ends (its
    /// dependencies first, then the shortest expected wait).
    QList<StepPlan> plans;
};

/// Where a transfer sends the visitor: another service, a specific counter, or both.
struct TransferTarget {
    QString service;               ///< empty: the same service
    int counter = 0;               ///< non-zero: only this counter may call the visitor
    std::optional<bool> keepPlace; ///< empty: the office's rule
};

/// A visitor called to a counter, and why.
struct CallResult {
    Visit visit;
    StepId step = 0;
    CallReason reason;
};

/// The queue of one office: every operation validates against the current state, is recorded as
/// events, is committed to the store and only then changes the state and is acknowledged.
/// An operation that fails changes nothing and says why. Safe to call from several threads.
class QueueEngine : public QObject
{
    Q_OBJECT
public:
    /// Loads the committed state from the store; check loadError() before use.
    QueueEngine(OfficeConfig office, QueueStore &store, const Clock &clock, QObject *parent = nullptr);
    ~QueueEngine() override;

    /// Why loading the state failed, empty when it did not.
    [[nodiscard]] QString loadError() const { return m_loadError; }

    /// Issues a ticket for one or several services; a retried request (same requestKey) returns the
    /// visit the first attempt made, and a different request under a used key is refused.
    QueueResult<Visit> issue(const IssueRequest &request, const QString &actor);
    /// Calls the visitor the counter's work profile and ordering policy choose.
    QueueResult<CallResult> callNext(int counter, const QString &actor);
    /// Calls a given waiting number to the counter.
    QueueResult<CallResult> callSpecific(int counter, const QString &number, const QString &actor);
    /// Calls the counter's current visitor again.
    QueueResult<Visit> recall(int counter, const QString &actor);
    /// The called visitor has arrived at the counter.
    QueueResult<Visit> start(int counter, const QString &actor);
    /// The counter's visitor is served; the visit's next step joins its queue.
    QueueResult<Visit> finish(int counter, const QString &outcome, const QString &actor);
    /// The called visitor did not come; the rest of the visit is cancelled.
    QueueResult<Visit> noShow(int counter, const QString &actor);
    /// Hands the counter's visitor on to another service or counter.
    QueueResult<Visit> transfer(int counter, const TransferTarget &target, const QString &actor);
    /// Sets the counter's visitor aside in the pool.
    QueueResult<Visit> park(int counter, const QString &actor);
    /// Returns a parked visitor to the queue at its old place, or calls it straight to a counter.
    QueueResult<Visit> unpark(const QString &number, int counter, const QString &actor);
    /// Withdraws a visit that is not being served.
    QueueResult<Visit> cancel(const QString &number, const QString &actor);
    /// Adds a step to an open visit, to come after the ones it has (for a service it does not have
    /// open, after the services the plan names).
    QueueResult<Visit> addStep(const QString &number, const QString &service, const StepPlan &plan, const QString &actor);
    /// Takes a step that is not at a counter out of an open visit; when it was the one waiting, the
    /// visit's next step joins its queue (a visit without steps left ends).
    QueueResult<Visit> removeStep(const QString &number, StepId step, const QString &actor);
    QueueResult<CounterState> openCounter(int counter, const QString &actor);
    QueueResult<CounterState> pauseCounter(int counter, const QString &actor);
    QueueResult<CounterState> closeCounter(int counter, const QString &actor);
    /// How a day is closed: by a supervisor, refused while a counter is serving someone; or by the
    /// nightly close, which ends whatever was left at the counters too.
    enum class DayClosing { WhenIdle, Overnight };
    /// Ends the office day: cancels every visit still open (and so their notice addresses) and
    /// closes every counter, so that numbering restarts with the next day. Returns how many visits
    /// it ended.
    QueueResult<int> closeDay(const QString &actor, DayClosing closing = DayClosing::WhenIdle);

    /// A copy of the current state.
    [[nodiscard]] QueueState state() const;
    [[nodiscard]] const OfficeConfig &office() const { return m_office; }
    /// Visits waiting in the queue of a service, in arrival order.
    [[nodiscard]] QList<Visit> waiting(const QString &service) const;

Q_SIGNALS:
    /// Emitted after events are durable, outside the engine's lock.
    void eventsCommitted(const QList<Madoguchi::Event> &events);

private:
    struct Pending;
    template<typename T, typename Operation>
    QueueResult<T> locked(const QString &actor, Operation &&operation);
    /// Runs an operation on the step the counter holds; the operation adds events or refuses.
    template<typename Operation>
    QueueResult<Visit> onHeldStep(int counter, const QString &actor, Operation &&operation);
    QueueResult<Done> commit(Pending &pending);
    QueueResult<Visit> commitAndReturn(Pending &pending, VisitId visit);
    QueueResult<CallResult> call(Pending &pending, int counter, VisitId visit, StepId step, const CallReason &reason, int streak);
    void cancelRest(Pending &pending, const Visit &visit, const QString &reason);
    /// Queues the visit's next step, if one is to come (Visit::routed chooses it).
    void queueNext(Pending &pending, VisitId visit);
    [[nodiscard]] std::optional<QueueError> checkPlan(const QStringList &services, const StepPlan &plan, const QString &service) const;
    QueueResult<const Step *> heldStep(int counter) const;
    QueueResult<const CounterConfig *> counterConfig(int counter) const;
    QueueResult<const CounterConfig *> readyToCall(int counter) const;
    QueueResult<const Visit *> openVisit(const QString &number) const;
    [[nodiscard]] const Visit *visitByRequestKey(const QString &key) const;
    QueueResult<CounterState> setCounterStatus(int counter, CounterStatus status, const QString &actor);
    [[nodiscard]] QString serviceName(const QString &code) const;

    OfficeConfig m_office;
    QueueStore &m_store;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    QueueState m_state;
    QString m_loadError;
};

} // namespace Madoguchi
