// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"

#include <QDate>
#include <QString>

namespace Madoguchi::Cli {

/// The one-process demo: the office server embedded on SQLite in dataDir with three reservations
/// booked, and the kiosk (with voice guidance), the counter console (counter 1, logged in), the
/// display board and the simulated scanner and printer in their own windows, as of opening time on `day`. With a screenshots folder it walks kiosk → counter →
/// board offscreen, saves every screen and returns; otherwise it runs until the windows close.
[[nodiscard]] int runDemoWindows(const OfficeConfig &office, QDate day, const QString &dataDir, const QString &screenshots);

} // namespace Madoguchi::Cli
