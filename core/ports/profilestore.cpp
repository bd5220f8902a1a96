// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {

constexpr EnumName<ProfileAction> kActionNames[] = {
    {ProfileAction::Read, u"read"},     {ProfileAction::Change, u"change"}, {ProfileAction::Choose, u"choose"},
    {ProfileAction::Delete, u"delete"}, {ProfileAction::Purge, u"purge"},
};

} // namespace

QString profileActionName(ProfileAction action)
{
    return nameOf(kActionNames, action);
}

std::optional<ProfileAction> profileActionFromName(QStringView name)
{
    return valueOf(kActionNames, name);
}

} // namespace Madoguchi
