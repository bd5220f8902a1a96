// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTimer>

#include <functional>

namespace Madoguchi::Test {

/// Runs the event loop until a condition that signals change holds; false on timeout. Blocks until
/// something happens (a socket or pipe becomes readable, a timer fires), never sleeps.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeoutMs);
    while (!condition()) {
        if (!deadline.isActive())
            return false;
        QCoreApplication::eventDispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace Madoguchi::Test
