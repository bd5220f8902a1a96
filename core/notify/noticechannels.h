#pragma once

#include <QFlags>
#include <QString>

#include <optional>

namespace Madoguchi {

/// How a visitor can be told that the turn is near.
enum class NoticeChannel : quint8 {
    Email = 0x1,   ///< through the office's SMTP server
    Webhook = 0x2, ///< a JSON POST to the office's gateway (LINE, SMS …)
};
Q_DECLARE_FLAGS(NoticeChannels, NoticeChannel)
Q_DECLARE_OPERATORS_FOR_FLAGS(NoticeChannels)

/// "email" or "webhook".
[[nodiscard]] QString noticeChannelName(NoticeChannel channel);
[[nodiscard]] std::optional<NoticeChannel> noticeChannelFromName(const QString &name);

} // namespace Madoguchi
