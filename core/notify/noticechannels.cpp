#include "noticechannels.h"

#include "common/enumnames.h"

namespace Madoguchi {

namespace {
constexpr EnumName<NoticeChannel> kChannelNames[] = {{NoticeChannel::Email, u"email"}, {NoticeChannel::Webhook, u"webhook"}};
}

QString noticeChannelName(NoticeChannel channel)
{
    return nameOf(kChannelNames, channel);
}

std::optional<NoticeChannel> noticeChannelFromName(const QString &name)
{
    return valueOf(kChannelNames, name);
}

} // namespace Madoguchi
