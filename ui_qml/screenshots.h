// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screeninspector.h"

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QQuickWindow;

namespace Madoguchi {

/// What a screenshot tour wrote, or where it stopped and why, and what the screens showed wrong.
struct Screenshots {
    QStringList files;
    QString problem;
    QStringList findings; ///< missing glyphs, cut-off text, text outside the window, low contrast …
    /// What the next screens are held to (the terms of their language, a board's distance); the
    /// contrast follows the window's theme.
    InspectionRules inspection;
};

/// What was taken so far, stopped for a reason.
[[nodiscard]] inline Screenshots stopped(Screenshots taken, const QString &why)
{
    taken.problem = why;
    return taken;
}

/// Inspects the window (inspectScreen() with taken.inspection, at 7:1 when its theme is in high
/// contrast, else 4.5:1), then saves it as it is now to folder/name.png and records the file (or the problem).
bool saveScreenshot(QQuickWindow &window, const QString &folder, const QString &name, Screenshots &taken);

/// Runs the event loop until `done` holds after one of the sender's signals, or 20 s have passed.
template<typename Sender, typename Signal>
bool waitForScreen(Sender &sender, Signal signal, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(20000);
    loop.exec();
    return done();
}

} // namespace Madoguchi
