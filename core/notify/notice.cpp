// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notice.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {

constexpr EnumName<NoticeChannel> kChannelNames[] = {{NoticeChannel::Email, u"email"}, {NoticeChannel::Webhook, u"webhook"}};
constexpr EnumName<NoticeKind> kKindNames[] = {{NoticeKind::Near, u"near"}, {NoticeKind::Called, u"called"}};
constexpr EnumName<NoticeState> kStateNames[] = {
    {NoticeState::Pending, u"pending"}, {NoticeState::Sent, u"sent"}, {NoticeState::Failed, u"failed"}};

} // namespace

QString noticeChannelName(NoticeChannel channel)
{
    return nameOf(kChannelNames, channel);
}

std::optional<NoticeChannel> noticeChannelFromName(QStringView name)
{
    return valueOf(kChannelNames, name);
}

QString noticeKindName(NoticeKind kind)
{
    return nameOf(kKindNames, kind);
}

std::optional<NoticeKind> noticeKindFromName(QStringView name)
{
    return valueOf(kKindNames, name);
}

QString noticeStateName(NoticeState state)
{
    return nameOf(kStateNames, state);
}

} // namespace Madoguchi
