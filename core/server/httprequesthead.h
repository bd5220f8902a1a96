// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apivocabulary.h"

#include "config/serverconfig.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace Madoguchi {

/// The head of an HTTP/1.x request: its line and header fields, checked and decoded.
struct HttpRequestHead {
    QByteArray method;
    QString path; ///< percent-decoded, UTF-8, without control characters
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qsizetype size = 0; ///< bytes of the head, the empty line included
    qsizetype contentLength = 0;
    bool keepAlive = true; ///< HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"
    bool expectsContinue = false;
    bool webSocketUpgrade = false; ///< a GET asking to become a WebSocket
};

/// Why a request head is refused: the status to answer with and a sentence for a person.
struct HttpHeadRefusal {
    int status = 400;
    Api::ErrorCode code;
    QString message;
};

/// How far a request head has arrived.
struct HttpHeadParse {
    std::optional<HttpRequestHead> head;    ///< set once the whole head is in
    std::optional<HttpHeadRefusal> refusal; ///< set when it can never be a valid head
    [[nodiscard]] bool needsMore() const { return !head && !refusal; }
};

/// Reads the request head at the start of bytes within the limits: the request line, at most
/// limits.headerCount fields, at most limits.headerBytes in all, a Content-Length within
/// limits.bodyBytes (refused before a byte of the body is read). Needs more bytes until the empty line
/// is in. Refuses bare CR, control characters, folded lines, duplicated or malformed Content-Length,
/// any Transfer-Encoding (this server reads only sized bodies), a path that decodes to a control
/// character or to something other than UTF-8, and HTTP/1.1 without Host.
[[nodiscard]] HttpHeadParse parseRequestHead(QByteArrayView bytes, const ServerLimits &limits);

} // namespace Madoguchi
