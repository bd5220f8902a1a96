// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresponsebytes.h"

#include "httpgrammar.h"

namespace Madoguchi {

bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    return HttpGrammar::isToken(name) && HttpGrammar::isFieldValue(value);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : status < 500 ? "Bad Request" : "Internal Server Error";
    }
}

std::optional<QByteArray> responseBytes(const HttpResponse &response, const ResponseFraming &framing)
{
    QList<std::pair<QByteArray, QByteArray>> headers = {
        {"Content-Type", response.contentType},
        {"Content-Length", QByteArray::number(response.body.size())},
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
    };
    if (!framing.keepAlive)
        headers.append(std::pair<QByteArray, QByteArray>("Connection", "close"));
    headers.append(framing.serverHeaders);
    headers.append(response.headers);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(headers)) {
        if (!isSafeHeader(name, value))
            return std::nullopt;
        bytes += name + ": " + value + "\r\n";
    }
    bytes += "\r\n";
    if (framing.withBody)
        bytes += response.body;
    return bytes;
}

} // namespace Madoguchi
