// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {
constexpr EnumName<EventType> kTypeNames[] = {
    {EventType::VisitIssued, u"visit.issued"},     {EventType::StepQueued, u"step.queued"},
    {EventType::StepCalled, u"step.called"},       {EventType::StepRecalled, u"step.recalled"},
    {EventType::StepStarted, u"step.started"},     {EventType::StepFinished, u"step.finished"},
    {EventType::StepNoShow, u"step.no-show"},      {EventType::StepTransferred, u"step.transferred"},
    {EventType::StepParked, u"step.parked"},       {EventType::StepUnparked, u"step.unparked"},
    {EventType::StepCancelled, u"step.cancelled"}, {EventType::CounterOpened, u"counter.opened"},
    {EventType::CounterPaused, u"counter.paused"}, {EventType::CounterClosed, u"counter.closed"},
    {EventType::DayClosed, u"day.closed"},         {EventType::StepAdded, u"step.added"},
};
} // namespace

QString eventTypeName(EventType type)
{
    return nameOf(kTypeNames, type);
}

std::optional<EventType> eventTypeFromName(QStringView name)
{
    return valueOf(kTypeNames, name);
}

QStringList eventTypeNames()
{
    return namesOf(kTypeNames);
}

} // namespace Madoguchi
