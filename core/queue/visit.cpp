#include "visit.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {
struct StateName {
    StepState state;
    QStringView name;
};
constexpr StateName kStateNames[] = {
    {StepState::Pending, u"pending"},   {StepState::Waiting, u"waiting"},
    {StepState::Called, u"called"},     {StepState::Serving, u"serving"},
    {StepState::Parked, u"parked"},     {StepState::Done, u"done"},
    {StepState::NoShow, u"no-show"},    {StepState::Transferred, u"transferred"},
    {StepState::Cancelled, u"cancelled"},
};

struct NeedName {
    Need need;
    QStringView name;
};
constexpr NeedName kNeedNames[] = {
    {Need::Wheelchair, u"wheelchair"}, {Need::Hearing, u"hearing"},         {Need::Visual, u"visual"},
    {Need::Interpreter, u"interpreter"}, {Need::StaffAssist, u"staff-assist"},
};
} // namespace

bool isTerminal(StepState state)
{
    return state == StepState::Done || state == StepState::NoShow || state == StepState::Transferred
        || state == StepState::Cancelled;
}

bool isAtCounter(StepState state)
{
    return state == StepState::Called || state == StepState::Serving;
}

QString stepStateName(StepState state)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == state)
            return entry.name.toString();
    }
    return {};
}

std::optional<StepState> stepStateFromName(QStringView name)
{
    for (const auto &entry : kStateNames) {
        if (entry.name == name)
            return entry.state;
    }
    return std::nullopt;
}

QStringList needNames(Needs needs)
{
    QStringList names;
    for (const auto &entry : kNeedNames) {
        if (needs.testFlag(entry.need))
            names.append(entry.name.toString());
    }
    return names;
}

std::optional<Needs> needsFromNames(const QStringList &names)
{
    Needs needs;
    for (const QString &name : names) {
        bool found = false;
        for (const auto &entry : kNeedNames) {
            if (entry.name == name) {
                needs |= entry.need;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return needs;
}

bool Visit::isOpen() const
{
    return currentStep() != nullptr;
}

const Step *Visit::currentStep() const
{
    for (const Step &s : steps) {
        if (!isTerminal(s.state))
            return &s;
    }
    return nullptr;
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
