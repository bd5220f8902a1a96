// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callchoice.h"

#include "common/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

const char *const kFallbackReason =
    QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 (fallback: no one is waiting for this counter's main services)");

} // namespace

namespace {

struct Candidate {
    const Visit *visit;
    const Step *step;
};

using Candidates = std::vector<Candidate>;

bool earlierArrival(const Candidate &a, const Candidate &b)
{
    return queuedBefore(*a.step, *b.step);
}

const Candidate *first(const Candidates &candidates, const std::function<bool(const Candidate &)> &keep = {})
{
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if ((!keep || keep(c)) && (!best || earlierArrival(c, *best)))
            best = &c;
    }
    return best;
}

class Chooser
{
public:
    Chooser(const OfficeConfig &office, const CounterState &counter, const QDateTime &now)
        : m_office(office)
        , m_counter(counter)
        , m_now(now)
        , m_policy(office.orderingAt(counter.number))
    {
    }

    std::optional<CallChoice> choose(const Candidates &candidates) const
    {
        switch (m_policy.kind) {
        case OrderingPolicy::Kind::Arrival: return byArrival(candidates);
        case OrderingPolicy::Kind::PriorityFirst: return priorityFirst(candidates);
        case OrderingPolicy::Kind::Alternation: return alternation(candidates);
        case OrderingPolicy::Kind::AppointmentBlend: return appointmentBlend(candidates);
        }
        return std::nullopt;
    }

    QString time(const QDateTime &instant) const { return instant.toTimeZone(m_office.timeZone).toString(u"HH:mm"_s); }

    CallChoice make(const Candidate &c, CallReason::Code code, const char *source, const QStringList &arguments, int streak) const
    {
        return CallChoice{c.step->id, c.visit->id, CallReason::told(code, source, arguments), streak};
    }

    CallChoice arrival(const Candidate &c, int streak) const
    {
        return make(c, CallReason::Code::Arrival, QT_TRANSLATE_NOOP("Madoguchi::Queue", "arrival order: waiting since %1"),
                    {time(c.step->queuedAt)}, streak);
    }

private:
    static bool isPriority(const Candidate &c) { return c.visit->priority == PriorityClass::Priority; }

    std::optional<CallChoice> byArrival(const Candidates &candidates) const
    {
        const Candidate *c = first(candidates);
        return c ? std::optional(arrival(*c, m_counter.priorityStreak)) : std::nullopt;
    }

    std::optional<CallChoice> priorityFirst(const Candidates &candidates) const
    {
        if (const Candidate *c = first(candidates, isPriority))
            return make(*c, CallReason::Code::PriorityClass,
                        QT_TRANSLATE_NOOP("Madoguchi::Queue", "priority class first, then arrival (waiting since %1)"),
                        {time(c->step->queuedAt)}, m_counter.priorityStreak);
        return byArrival(candidates);
    }

    std::optional<CallChoice> alternation(const Candidates &candidates) const
    {
        const Candidate *priority = first(candidates, isPriority);
        const Candidate *regular = first(candidates, [](const Candidate &c) { return !isPriority(c); });
        const int streak = m_counter.priorityStreak;
        if (priority && regular) {
            if (streak < m_policy.ratio)
                return make(*priority, CallReason::Code::AlternationPriority,
                            QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1:1 alternation: priority turn (%2 of %1)"),
                            {QString::number(m_policy.ratio), QString::number(streak + 1)}, streak + 1);
            return make(*regular, CallReason::Code::AlternationRegular,
                        QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1:1 alternation: regular turn"), {QString::number(m_policy.ratio)}, 0);
        }
        if (priority)
            return arrival(*priority, std::min(streak + 1, m_policy.ratio));
        if (regular)
            return arrival(*regular, 0);
        return std::nullopt;
    }

    std::optional<CallChoice> appointmentBlend(const Candidates &candidates) const
    {
        const auto hasAppointment = [](const Candidate &c) { return c.visit->appointment.has_value(); };
        const auto due = [&](const Candidate &c) {
            return hasAppointment(c) && c.visit->appointment->due.addSecs(-60LL * m_policy.earlyMinutes) <= m_now;
        };
        const auto byDue = [&](const std::function<bool(const Candidate &)> &keep) {
            const Candidate *best = nullptr;
            for (const Candidate &c : candidates) {
                if (keep(c)
                    && (!best || c.visit->appointment->due < best->visit->appointment->due
                        || (c.visit->appointment->due == best->visit->appointment->due && earlierArrival(c, *best))))
                    best = &c;
            }
            return best;
        };
        const int streak = m_counter.priorityStreak;
        const Candidate *walkIn = first(candidates, [&](const Candidate &c) { return !hasAppointment(c); });
        if (walkIn && walkIn->step->queuedAt.secsTo(m_now) > 60LL * m_policy.walkInMaxWaitMinutes)
            return make(*walkIn, CallReason::Code::WalkInWaitedLong,
                        QT_TRANSLATE_NOOP("Madoguchi::Queue", "walk-in waiting over %1 min (since %2)"),
                        {QString::number(m_policy.walkInMaxWaitMinutes), time(walkIn->step->queuedAt)}, streak);
        if (const Candidate *appointment = byDue(due))
            return make(*appointment, CallReason::Code::AppointmentDue, QT_TRANSLATE_NOOP("Madoguchi::Queue", "appointment due %1"),
                        {time(appointment->visit->appointment->due)}, streak);
        if (walkIn)
            return make(*walkIn, CallReason::Code::WalkIn,
                        QT_TRANSLATE_NOOP("Madoguchi::Queue", "no appointment due; arrival order: waiting since %1"),
                        {time(walkIn->step->queuedAt)}, streak);
        if (const Candidate *early = byDue(hasAppointment))
            return make(*early, CallReason::Code::EarlyAppointment,
                        QT_TRANSLATE_NOOP("Madoguchi::Queue", "appointment at %1, called early: no one else is waiting"),
                        {time(early->visit->appointment->due)}, streak);
        return std::nullopt;
    }

    const OfficeConfig &m_office;
    CounterState m_counter;
    QDateTime m_now;
    OrderingPolicy m_policy;
};

} // namespace

QString callReasonCodeName(CallReason::Code code)
{
    static const QStringView names[] = {u"directed-transfer",   u"arrival",          u"priority-class",      u"alternation-priority",
                                        u"alternation-regular", u"appointment-due",  u"walk-in-waited-long", u"walk-in",
                                        u"early-appointment",   u"called-by-number", u"returned-from-pool"};
    return names[int(code)].toString();
}

CallReason CallReason::told(Code code, const char *source, QStringList arguments)
{
    CallReason reason;
    reason.code = code;
    reason.said = Sentence{"Madoguchi::Queue", source, std::move(arguments)};
    reason.message = reason.text(processTranslation);
    return reason;
}

QString CallReason::text(const TranslateFunction &translate) const
{
    const QString reason = said.text(translate);
    return fallback ? Sentence{"Madoguchi::Queue", kFallbackReason, {reason}}.text(translate) : reason;
}

void CallReason::markFallback()
{
    fallback = true;
    message = text(processTranslation);
}

std::optional<CallChoice> chooseNext(const QueueState &state, const OfficeConfig &office, const CounterConfig &counter,
                                     const QDateTime &now)
{
    Candidates directed;
    Candidates primary;
    Candidates fallback;
    for (const VisitId id : state.openVisits) {
        const Visit &visit = state.visits.at(id);
        const Step *step = visit.currentStep();
        if (!step || step->state != StepState::Waiting)
            continue;
        if (step->targetCounter == counter.number)
            directed.push_back({&visit, step});
        else if (step->targetCounter != 0)
            continue;
        else if (counter.services.contains(step->service))
            primary.push_back({&visit, step});
        else if (counter.fallback.contains(step->service))
            fallback.push_back({&visit, step});
    }

    const Chooser chooser(office, state.counter(counter.number), now);
    if (const Candidate *c = first(directed))
        return chooser.make(*c, CallReason::Code::DirectedTransfer,
                            QT_TRANSLATE_NOOP("Madoguchi::Queue", "transferred to this counter; waiting since %1"),
                            {chooser.time(c->step->queuedAt)}, state.counter(counter.number).priorityStreak);
    if (auto choice = chooser.choose(primary))
        return choice;
    if (auto choice = chooser.choose(fallback)) {
        choice->reason.markFallback();
        return choice;
    }
    return std::nullopt;
}

} // namespace Madoguchi
