// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QByteArray>

#include <optional>

namespace Madoguchi {

/// How a response goes on the wire.
struct ResponseFraming {
    bool keepAlive = true;                                  ///< false: "Connection: close", and the connection ends after it
    bool withBody = true;                                   ///< false for HEAD
    QList<std::pair<QByteArray, QByteArray>> serverHeaders; ///< added to every response (e.g. HSTS)
};

/// True when a header can be written as it is: a token name and a value without control characters.
[[nodiscard]] bool isSafeHeader(const QByteArray &name, const QByteArray &value);

/// The bytes of an HTTP/1.1 response: status line, the standard headers (Content-Type,
/// Content-Length, Cache-Control: no-store, X-Content-Type-Options: nosniff), the response's own,
/// the body. Empty when a header is unsafe (a CR or LF in a value would let its author write headers
/// of their own): such a response is never written.
[[nodiscard]] std::optional<QByteArray> responseBytes(const HttpResponse &response, const ResponseFraming &framing);

/// The reason phrase of a status code ("Not Found").
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace Madoguchi
