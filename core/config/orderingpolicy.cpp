// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderingpolicy.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {
constexpr EnumName<OrderingPolicy::Kind> kKindNames[] = {
    {OrderingPolicy::Kind::Arrival, u"arrival"},
    {OrderingPolicy::Kind::PriorityFirst, u"priority"},
    {OrderingPolicy::Kind::Alternation, u"alternation"},
    {OrderingPolicy::Kind::AppointmentBlend, u"appointment"},
};
} // namespace

std::optional<OrderingPolicy::Kind> OrderingPolicy::kindFromName(const QString &name)
{
    return valueOf(kKindNames, name);
}

} // namespace Madoguchi
