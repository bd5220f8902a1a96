#pragma once

#include <QDateTime>

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

} // namespace Madoguchi
