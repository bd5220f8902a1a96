// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/eventstream.h"

namespace Madoguchi::Test {

/// An EventStream a test drives: it remembers start() and stop(), and the test emits its signals
/// (eventsReceived, resyncNeeded, assistanceReceived, refused) and sets whether it is connected.
class ScriptedEventStream : public EventStream
{
    Q_OBJECT
public:
    using EventStream::EventStream;

    void start(const QString &token) override
    {
        m_token = token;
        m_running = true;
    }
    void stop() override
    {
        m_running = false;
        setConnected(false);
    }
    [[nodiscard]] bool isConnected() const override { return m_connected; }

    /// Whether the controller asked for events (start() without stop() since).
    [[nodiscard]] bool running() const { return m_running; }
    /// The token of the last start().
    [[nodiscard]] QString token() const { return m_token; }
    /// The connection opens or drops, as the real stream would tell.
    void setConnected(bool connected)
    {
        if (connected == m_connected)
            return;
        m_connected = connected;
        Q_EMIT connectedChanged(connected);
    }

private:
    QString m_token;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace Madoguchi::Test
