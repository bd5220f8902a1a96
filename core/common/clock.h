// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <mutex>

namespace Madoguchi {

/// The source of the current time. Core code never reads the wall clock except through this.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/// The real clock of the machine.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

/// A clock that only moves when told to: for tests, simulations and replays.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    [[nodiscard]] QDateTime now() const override;
    /// Sets the current instant.
    void set(const QDateTime &instant);
    /// Moves the clock forward by the given number of milliseconds.
    void advance(qint64 msecs);

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

/// The machine's clock set to another instant: from `start` it runs at the real pace. The demo uses
/// it to show an office day at opening time whenever it is started.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(QDateTime start);
    [[nodiscard]] QDateTime now() const override;

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace Madoguchi
