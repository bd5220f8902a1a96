// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authevent.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {

constexpr EnumName<AuthEvent> kEventNames[] = {
    {AuthEvent::LoginSucceeded, u"login"},   {AuthEvent::LoginFailed, u"login-failed"},     {AuthEvent::LoginThrottled, u"login-throttled"},
    {AuthEvent::Logout, u"logout"},          {AuthEvent::DeviceAdded, u"device-added"},     {AuthEvent::DeviceRevoked, u"device-revoked"},
    {AuthEvent::StaffAdded, u"staff-added"}, {AuthEvent::StaffDisabled, u"staff-disabled"},
};

} // namespace

QString authEventName(AuthEvent event)
{
    return nameOf(kEventNames, event);
}

} // namespace Madoguchi
