// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshots.h"

#include <QCommandLineOption>
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace Madoguchi::Cli {

/// The product's languages, the first the default.
[[nodiscard]] QStringList productLanguages();

/// --server URL, the office server a front end talks to.
[[nodiscard]] QCommandLineOption serverOption();

/// True when the platform shows windows (not offscreen or minimal).
[[nodiscard]] bool hasDisplay();

/// Loads one of the front ends' windows (a file of the Madoguchi.Ui module, e.g. "kiosk/KioskWindow.qml")
/// with the QR image provider; null, having said why, when it does not load.
[[nodiscard]] QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QString &file);

/// Prints the files of a screenshot tour, what the screens showed wrong and why it stopped; the exit
/// code (Failure for any finding).
[[nodiscard]] int reportScreenshots(const Screenshots &taken);

} // namespace Madoguchi::Cli
