// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clienttypes.h"

#include <QObject>

namespace Madoguchi {

/// The queue events of an office server as they happen, for a front end that keeps its view
/// current: the signals below, from start() until stop(). WebSocketEventStream follows a real
/// server; tests emit the signals of a scripted one (tests/ui/scriptedeventstream.h).
class EventStream : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
public:
    using QObject::QObject;

    /// Connects with the device or session token and keeps connecting until stop().
    virtual void start(const QString &token) = 0;
    virtual void stop() = 0;
    /// Whether events are flowing now.
    [[nodiscard]] virtual bool isConnected() const = 0;

Q_SIGNALS:
    void connectedChanged(bool connected);
    /// Events as they are committed; replayed: events of a gap, sent on reconnecting.
    void eventsReceived(const QList<Madoguchi::ClientEvent> &events, bool replayed);
    /// The server could not replay every event of a gap: re-read everything.
    void resyncNeeded();
    /// The open calls for a clerk changed (sent to counter consoles only).
    void assistanceReceived(const QList<Madoguchi::AssistanceCall> &calls);
    /// The server refused the token; the stream stops (log in again, then start()).
    void refused(const QString &message);
};

} // namespace Madoguchi
