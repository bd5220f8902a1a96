// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Madoguchi {

/// A plain-text e-mail in any script.
struct MailMessage {
    QString fromName; ///< shown beside the sender address, e.g. the office's name
    QString from;
    QString to;
    QString subject;
    QString body;
};

/// The message as sent after DATA: RFC 5322 headers (the subject and sender name as RFC 2047
/// encoded words), UTF-8 text in base64 lines, CRLF line ends and no terminating dot.
[[nodiscard]] QByteArray formatMail(const MailMessage &message, const QDateTime &date, const QByteArray &messageId);
/// A header value as RFC 2047 "B" encoded words of at most 75 characters, folded onto lines; plain
/// printable ASCII is kept as it is.
[[nodiscard]] QByteArray encodeHeaderWords(const QString &text);

} // namespace Madoguchi
