// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardscreenshots.h"

#include "boardcontroller.h"
#include "text/unbreakableterms.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <cmath>

namespace Madoguchi {

namespace {

// What the board's screens are held to now: every text readable from the office's viewing distance on
// its screen, no term of the languages shown split.
InspectionRules boardRules(const BoardController &board, const QQuickWindow &window)
{
    InspectionRules rules;
    const double pixelsPerMillimetre = std::hypot(window.width(), window.height()) / (board.diagonalInches() * 25.4);
    rules.board = ReadingDistance{board.viewingMetres(), pixelsPerMillimetre};
    QStringList names;
    for (const QVariant &service : board.services())
        names << service.toMap().value(QStringLiteral("name")).toString() << service.toMap().value(QStringLiteral("otherName")).toString();
    for (const QString &language : {board.languages().value(0), board.captionLanguage()})
        rules.terms += unbreakableTerms(language, names);
    return rules;
}

} // namespace

Screenshots takeBoardScreenshots(BoardController &board, QQuickWindow &window, const QString &folder)
{
    Screenshots taken;
    bool reachable = false;
    QObject::connect(&board, &BoardController::refreshed, &window, [&](bool ok) { reachable = ok; });
    if (!waitForScreen(board, &BoardController::refreshed, [&] { return reachable && !board.captionLanguage().isEmpty(); }))
        return stopped(taken, QStringLiteral("the server did not answer"));

    // Each language of the rotating line (the office's first and English stay on the board).
    const QString rotatingFirst = board.captionLanguage();
    do {
        taken.inspection = boardRules(board, window);
        if (!saveScreenshot(window, folder, QStringLiteral("board-landscape-%1").arg(board.captionLanguage()), taken))
            return taken;
        board.rotateCaptions();
    } while (board.captionLanguage() != rotatingFirst);
    const QString first = board.languages().value(0);

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
    taken.inspection = boardRules(board, window);
    saveScreenshot(window, folder, QStringLiteral("board-portrait-%1").arg(first), taken);
    window.resize(1920, 1080);
    return taken;
}

} // namespace Madoguchi
