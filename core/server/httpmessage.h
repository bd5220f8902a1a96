// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace Madoguchi {

/// An HTTP request as the API sees it, independent of the server library underneath.
struct HttpRequest {
    QByteArray method; ///< "GET", "POST" …
    QString path;      ///< decoded path, e.g. "/api/v1/visits"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool encrypted = false; ///< it came over TLS

    /// The value of a header (case-insensitive name); empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// The path split at '/', without empty parts: "/api/v1/visits" → {"api", "v1", "visits"}.
    [[nodiscard]] QStringList segments() const;
    /// The token of an "Authorization: Bearer …" header; empty when there is none.
    [[nodiscard]] QString bearerToken() const;
};

/// True when a request may carry visitors' personal data: it came over TLS or from this host, or the
/// office says nobody else shares its network ([server] closed_network).
[[nodiscard]] bool mayCarryPersonalData(const HttpRequest &request, bool closedNetwork);

struct HttpResponse;
/// Makes a response on the connection's thread, from work done elsewhere.
using ResponseMaker = std::function<HttpResponse()>;

/// An HTTP response: status, content type, extra headers and body — or, for work that must not
/// hold up the event loop (a password check), the promise of one.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// When valid, the answer is what its result makes, once it is ready.
    QFuture<ResponseMaker> later;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(std::pair(name, value)); }
    /// The answer that a worker's result will make.
    [[nodiscard]] static HttpResponse deferred(QFuture<ResponseMaker> future)
    {
        HttpResponse response;
        response.later = std::move(future);
        return response;
    }
};

} // namespace Madoguchi
