// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWebSocket>

namespace Madoguchi::Test {

/// A WebSocket client that keeps every message it receives.
struct WebSocketListener {
    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;

    WebSocketListener();
    /// Opens the stream at an http:// address (as ws://), with a bearer token when given.
    void open(const QUrl &httpUrl, const QString &token = {});
    /// Event types received so far, in order.
    [[nodiscard]] QStringList eventTypes() const;
    /// Message types received so far ("hello", "events" …), in order.
    [[nodiscard]] QStringList messageTypes() const;
};

} // namespace Madoguchi::Test
