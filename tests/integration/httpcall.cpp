// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcall.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Reply::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Reply httpCall(const QUrl &url, const QByteArray &method, const QString &token, const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    REQUIRE(waitFor([reply] { return reply->isFinished(); }, 30000));
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeaderPairs()};
    reply->deleteLater();
    return result;
}

Reply jsonCall(const QUrl &url, const QByteArray &method, const QString &token, const QJsonObject &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> all = headers;
    if (!body.isEmpty())
        all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return httpCall(url, method, token, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

} // namespace Madoguchi::Test
