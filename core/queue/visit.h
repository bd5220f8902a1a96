// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Madoguchi {

using VisitId = qint64;
using StepId = qint64;

/// Where a step of a visit stands. Done, NoShow, Transferred and Cancelled are terminal.
enum class StepState : quint8 {
    Pending,     ///< a later step of the visit, not yet in any queue
    Waiting,     ///< in the queue of its service (or of its target counter)
    Called,      ///< called to a counter, the visitor is on the way
    Serving,     ///< the visitor is at the counter
    Parked,      ///< set aside in the pool (e.g. fetching a document), out of every queue
    Done,        ///< served
    NoShow,      ///< called but did not come
    Transferred, ///< handed on to another service or counter; a new step carries on
    Cancelled,   ///< withdrawn (by the visitor, after a no-show, or at the end of the day)
};

/// True for states a step never leaves.
[[nodiscard]] bool isTerminal(StepState state);
/// True for states in which a counter holds the step.
[[nodiscard]] bool isAtCounter(StepState state);
/// The name used in events, storage and the API ("waiting", "no-show" …).
[[nodiscard]] QString stepStateName(StepState state);
[[nodiscard]] std::optional<StepState> stepStateFromName(QStringView name);

/// Priority class of a visit: priority visitors (高齢者・障害のある方・妊娠中の方 …) may be served first.
enum class PriorityClass : quint8 { Regular = 0, Priority = 1 };

/// Accessibility and assistance needs a visitor declared.
enum class Need : quint32 {
    Wheelchair = 0x1,
    Hearing = 0x2,
    Visual = 0x4,
    Interpreter = 0x8,
    StaffAssist = 0x10,
};
Q_DECLARE_FLAGS(Needs, Need)
Q_DECLARE_OPERATORS_FOR_FLAGS(Needs)

/// The names of needs used in events and the API ("wheelchair", "hearing" …).
[[nodiscard]] QStringList needNames(Needs needs);
[[nodiscard]] std::optional<Needs> needsFromNames(const QStringList &names);

/// A booked slot a visit checked in for.
struct Appointment {
    QString code;
    QDateTime due;
    friend bool operator==(const Appointment &, const Appointment &) = default;
};

/// One service request of a visit.
struct Step {
    StepId id = 0;
    VisitId visit = 0;
    QString service;
    int targetCounter = 0; ///< non-zero: only this counter may call the step
    StepState state = StepState::Pending;
    int counter = 0;    ///< the counter holding the step while called or serving
    QDateTime queuedAt; ///< the place in the queue; ordering compares this
    QDateTime calledAt;
    QDateTime startedAt;
    QDateTime endedAt;
    QString outcome;
    int recalls = 0;
    QStringList procedures; ///< the life-event guide's procedures this step does (ids; never personal data)
    QStringList after;      ///< services of the visit whose steps end before this one is queued (a routed visit)
    friend bool operator==(const Step &, const Step &) = default;
};

/// Queue order: the earlier place in the queue first, the older step on a tie.
[[nodiscard]] bool queuedBefore(const Step &a, const Step &b);

/// One ticket: a numbered visit with its ordered steps.
struct Visit {
    VisitId id = 0;
    QDate day; ///< the office day the number belongs to
    QString prefix;
    int round = 0; ///< how often the prefix's numbers wrapped that day
    int sequence = 0;
    QString number; ///< display number, e.g. "A-023"
    QString token;  ///< unguessable public token for the status page
    QString language;
    PriorityClass priority = PriorityClass::Regular;
    Needs needs;
    std::optional<Appointment> appointment;
    QDateTime issuedAt;
    QString requestKey; ///< the caller's idempotency key, so that a retried issue returns this visit
    /// The next step is chosen when one ends (dependencies first, then the shortest expected wait);
    /// otherwise the steps follow in order.
    bool routed = false;
    QList<Step> steps;
    friend bool operator==(const Visit &, const Visit &) = default;

    /// True while any step is not terminal.
    [[nodiscard]] bool isOpen() const;
    /// The first step that is not terminal, or null when the visit is over.
    /// The step in a queue or at a counter; else the first step still to come.
    [[nodiscard]] const Step *currentStep() const;
    [[nodiscard]] Step *step(StepId stepId);
    [[nodiscard]] const Step *step(StepId stepId) const;
};

} // namespace Madoguchi
