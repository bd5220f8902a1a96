#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <utility>

namespace Madoguchi {

/// An HTTP request as the API sees it, independent of the server library underneath.
struct HttpRequest {
    QByteArray method;           ///< "GET", "POST" …
    QString path;                ///< decoded path, e.g. "/api/v1/visits"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    /// The value of a header (case-insensitive name); empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// The path split at '/', without empty parts: "/api/v1/visits" → {"api", "v1", "visits"}.
    [[nodiscard]] QStringList segments() const;
    /// The token of an "Authorization: Bearer …" header; empty when there is none.
    [[nodiscard]] QString bearerToken() const;
};

/// An HTTP response: status, content type, extra headers and body.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(std::pair(name, value)); }
};

} // namespace Madoguchi
