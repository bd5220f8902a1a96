// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "principal.h"

#include "common/enumnames.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr EnumName<Role> kRoleNames[] = {
    {Role::Kiosk, u"kiosk"}, {Role::Board, u"board"},           {Role::Counter, u"counter"},
    {Role::Clerk, u"clerk"}, {Role::Supervisor, u"supervisor"}, {Role::Admin, u"admin"},
};

} // namespace

QString roleName(Role role)
{
    return nameOf(kRoleNames, role);
}

std::optional<Role> roleFromName(const QString &name)
{
    return valueOf(kRoleNames, name);
}

bool isStaffRole(Role role)
{
    return role == Role::Clerk || role == Role::Supervisor || role == Role::Admin;
}

bool isDeviceRole(Role role)
{
    return role == Role::Kiosk || role == Role::Board || role == Role::Counter;
}

bool Principal::mayActAt(int number) const
{
    return supervises() || (role == Role::Clerk && counter == number);
}

QString Principal::actor() const
{
    return (isStaff() ? u"staff:"_s : roleName(role) + u':') + name;
}

} // namespace Madoguchi
