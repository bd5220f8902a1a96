// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuestate.h"

#include "common/enumnames.h"

#include <iterator>

namespace Madoguchi {

namespace {
constexpr EnumName<CounterStatus> kStatusNames[] = {
    {CounterStatus::Closed, u"closed"}, {CounterStatus::Open, u"open"}, {CounterStatus::Paused, u"paused"}};
} // namespace

QString counterStatusName(CounterStatus status)
{
    return nameOf(kStatusNames, status);
}

std::optional<CounterStatus> counterStatusFromName(QStringView name)
{
    return valueOf(kStatusNames, name);
}

void QueueState::put(const Visit &v)
{
    if (v.isOpen())
        openVisits.insert(v.id);
    else
        openVisits.erase(v.id);
    visits.insert_or_assign(v.id, v);
}

void QueueState::erase(VisitId id)
{
    openVisits.erase(id);
    visits.erase(id);
}

void QueueState::rebuildOpenIndex()
{
    openVisits.clear();
    for (const auto &[id, v] : visits) {
        if (v.isOpen())
            openVisits.insert(id);
    }
}

const Visit *QueueState::visit(VisitId id) const
{
    const auto it = visits.find(id);
    return it == visits.end() ? nullptr : &it->second;
}

const Visit *QueueState::openVisitByNumber(const QString &number) const
{
    for (const VisitId id : openVisits) {
        const Visit &v = visits.at(id);
        if (v.number == number)
            return &v;
    }
    return nullptr;
}

const Step *QueueState::stepAtCounter(int number) const
{
    for (const VisitId id : openVisits) {
        const Step *step = visits.at(id).currentStep();
        if (step && isAtCounter(step->state) && step->counter == number)
            return step;
    }
    return nullptr;
}

CounterState QueueState::counter(int number) const
{
    const auto it = counters.find(number);
    return it == counters.end() ? CounterState{number, CounterStatus::Closed, 0} : it->second;
}

bool QueueState::hasOpenVisits() const
{
    return !openVisits.empty();
}

void QueueState::pruneClosedBefore(QDate day)
{
    for (auto it = visits.begin(); it != visits.end();) {
        if (it->second.day < day && !it->second.isOpen())
            it = visits.erase(it);
        else
            it = std::next(it);
    }
}

} // namespace Madoguchi
