// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardscreenshots.h"

#include "boardcontroller.h"

#include <QCoreApplication>
#include <QQuickWindow>

namespace Madoguchi {

Screenshots takeBoardScreenshots(BoardController &board, QQuickWindow &window, const QString &folder)
{
    Screenshots taken;
    bool reachable = false;
    QObject::connect(&board, &BoardController::refreshed, &window, [&](bool ok) { reachable = ok; });
    if (!waitForScreen(board, &BoardController::refreshed, [&] { return reachable && !board.captionLanguage().isEmpty(); }))
        return stopped(taken, QStringLiteral("the server did not answer"));

    const QString first = board.captionLanguage();
    do {
        if (!saveScreenshot(window, folder, QStringLiteral("board-landscape-%1").arg(board.captionLanguage()), taken))
            return taken;
        board.rotateCaptions();
    } while (board.captionLanguage() != first);

    QObject *theme = window.property("theme").value<QObject *>();
    if (!theme)
        return stopped(taken, QStringLiteral("the window has no theme property"));
    theme->setProperty("highContrast", true);
    const bool contrast = saveScreenshot(window, folder, QStringLiteral("board-landscape-contrast-%1").arg(first), taken);
    theme->setProperty("highContrast", false);
    if (!contrast)
        return taken;
    window.resize(1080, 1920);
    QCoreApplication::processEvents(); // the resize reaches the layouts
    saveScreenshot(window, folder, QStringLiteral("board-portrait-%1").arg(first), taken);
    window.resize(1920, 1080);
    return taken;
}

} // namespace Madoguchi
