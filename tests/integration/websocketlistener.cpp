// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketlistener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

WebSocketListener::WebSocketListener()
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived,
                     [this](const QString &text) { messages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
}

void WebSocketListener::open(const QUrl &httpUrl, const QString &token)
{
    QUrl url = httpUrl;
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    socket.open(request);
}

QStringList WebSocketListener::eventTypes() const
{
    QStringList types;
    for (const QJsonObject &message : messages) {
        for (const QJsonValue &event : message.value(u"events"_s).toArray())
            types.append(event[u"type"_s].toString());
    }
    return types;
}

QStringList WebSocketListener::messageTypes() const
{
    QStringList types;
    for (const QJsonObject &message : messages)
        types.append(message.value(u"type"_s).toString());
    return types;
}

} // namespace Madoguchi::Test
