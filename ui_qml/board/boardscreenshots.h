// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshots.h"

namespace Madoguchi {

class BoardController;

/// Once the started board has read the server, saves it as it is in each of the office's languages (board-landscape-<language>.png,
/// 1920×1080), then in portrait (board-portrait-<language>.png, 1080×1920) in the first language, and
/// in high contrast (board-landscape-contrast-<language>.png).
[[nodiscard]] Screenshots takeBoardScreenshots(BoardController &board, QQuickWindow &window, const QString &folder);

} // namespace Madoguchi
