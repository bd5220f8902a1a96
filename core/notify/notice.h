// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/visit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Madoguchi {

/// How a visitor asked to be told: by e-mail, or through the office's webhook (its LINE or SMS gateway).
enum class NoticeChannel : quint8 { Email, Webhook };
[[nodiscard]] QString noticeChannelName(NoticeChannel channel);
[[nodiscard]] std::optional<NoticeChannel> noticeChannelFromName(QStringView name);

/// What a notice says: the turn is near (few people ahead), or the visitor is called.
enum class NoticeKind : quint8 { Near, Called };
[[nodiscard]] QString noticeKindName(NoticeKind kind);
[[nodiscard]] std::optional<NoticeKind> noticeKindFromName(QStringView name);

/// Where a notice stands: waiting for (another) attempt, delivered, or given up.
enum class NoticeState : quint8 { Pending, Sent, Failed };
[[nodiscard]] QString noticeStateName(NoticeState state);

/// A visitor's wish to be told about one visit. The address is personal data: only its sealed form
/// (SecretBox) and a keyed digest are stored, and both go with the visit.
struct Subscription {
    qint64 id = 0;
    VisitId visit = 0;
    NoticeChannel channel = NoticeChannel::Email;
    QString statusUrl;
};

/// A notice to record and deliver. The payload holds what is said, in the visitor's language:
/// subject, text, number, kind, counter name, people ahead, status URL, office.
struct NoticeRequest {
    qint64 subscription = 0;
    StepId step = 0;
    NoticeKind kind = NoticeKind::Near;
    QJsonObject payload;
};

/// A recorded notice with what is needed to deliver it.
struct Notice {
    qint64 id = 0;
    NoticeChannel channel = NoticeChannel::Email;
    QByteArray sealedAddress;
    QJsonObject payload;
    int attempts = 0;
};

/// True when the text is an e-mail address that notices can be sent to (and that cannot inject
/// headers); the profile's e-mail field takes the same.
[[nodiscard]] bool isMailAddress(const QString &address);

} // namespace Madoguchi

Q_DECLARE_METATYPE(Madoguchi::NoticeRequest)
