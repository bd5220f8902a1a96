// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "config/officeconfig.h"
#include "queue/queueengine.h"
#include "store/sqlitequeuestore.h"

#include <QTemporaryDir>

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <memory>

namespace Madoguchi::Test {

/// The small office of the tests (tests/data/config/test-office.toml): services A (moving),
/// B (certificate), C (tax); counters 1–5 with mixed work profiles.
[[nodiscard]] OfficeConfig testOffice();
/// The same office with a different ordering policy at every counter.
[[nodiscard]] OfficeConfig testOffice(const OrderingPolicy &policy);

/// An instant given in the office's timezone (Asia/Tokyo).
[[nodiscard]] QDateTime tokyo(int year, int month, int day, int hour, int minute);

/// A queue engine on a real SQLite file in a temporary directory, with a manual clock.
struct EngineFixture {
    /// baseDir: where to make the temporary directory (default: the system's temporary folder).
    explicit EngineFixture(OfficeConfig office = testOffice(), QDateTime start = tokyo(2026, 11, 24, 9, 0), const QString &baseDir = {});

    /// Opens every counter of the office.
    void openAll();
    /// Issues a ticket through the staff channel (no opening-hours check); fails the test on error.
    Visit issue(const QStringList &services, PriorityClass priority = PriorityClass::Regular);
    /// Closes and reopens the store and the engine on the same file.
    void reopen();

    QTemporaryDir dir;
    QString path;
    ManualClock clock;
    OfficeConfig office;
    std::unique_ptr<SqliteQueueStore> store;
    std::unique_ptr<QueueEngine> engine;
};

} // namespace Madoguchi::Test
