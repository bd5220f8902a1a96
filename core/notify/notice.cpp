// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notice.h"

#include "common/enumnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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

bool isMailAddress(const QString &address)
{
    constexpr qsizetype maxLength = 254;
    static const QRegularExpression pattern(
        uR"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"_s);
    return address.size() <= maxLength && pattern.match(address).hasMatch();
}

} // namespace Madoguchi
