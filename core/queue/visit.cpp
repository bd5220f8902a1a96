// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visit.h"

#include "common/enumnames.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {
constexpr EnumName<StepState> kStateNames[] = {
    {StepState::Pending, u"pending"}, {StepState::Waiting, u"waiting"},         {StepState::Called, u"called"},
    {StepState::Serving, u"serving"}, {StepState::Parked, u"parked"},           {StepState::Done, u"done"},
    {StepState::NoShow, u"no-show"},  {StepState::Transferred, u"transferred"}, {StepState::Cancelled, u"cancelled"},
};

constexpr EnumName<Need> kNeedNames[] = {
    {Need::Wheelchair, u"wheelchair"},   {Need::Hearing, u"hearing"},          {Need::Visual, u"visual"},
    {Need::Interpreter, u"interpreter"}, {Need::StaffAssist, u"staff-assist"},
};
} // namespace

bool isTerminal(StepState state)
{
    return state == StepState::Done || state == StepState::NoShow || state == StepState::Transferred || state == StepState::Cancelled;
}

bool isAtCounter(StepState state)
{
    return state == StepState::Called || state == StepState::Serving;
}

QString stepStateName(StepState state)
{
    return nameOf(kStateNames, state);
}

std::optional<StepState> stepStateFromName(QStringView name)
{
    return valueOf(kStateNames, name);
}

QStringList needNames(Needs needs)
{
    QStringList names;
    for (const auto &entry : kNeedNames) {
        if (needs.testFlag(entry.value))
            names.append(entry.name.toString());
    }
    return names;
}

std::optional<Needs> needsFromNames(const QStringList &names)
{
    Needs needs;
    for (const QString &name : names) {
        const std::optional<Need> need = valueOf(kNeedNames, name);
        if (!need)
            return std::nullopt;
        needs |= *need;
    }
    return needs;
}

bool queuedBefore(const Step &a, const Step &b)
{
    return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.id < b.id;
}

bool Visit::isOpen() const
{
    return currentStep() != nullptr;
}

const Step *Visit::currentStep() const
{
    const Step *toCome = nullptr;
    for (const Step &s : steps) {
        if (!isTerminal(s.state) && s.state != StepState::Pending)
            return &s;
        if (!toCome && s.state == StepState::Pending)
            toCome = &s;
    }
    return toCome;
}

Step *Visit::step(StepId stepId)
{
    for (Step &s : steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}

const Step *Visit::step(StepId stepId) const
{
    return const_cast<Visit *>(this)->step(stepId);
}

} // namespace Madoguchi
