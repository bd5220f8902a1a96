// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace Madoguchi {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    std::lock_guard lock(m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &instant)
{
    std::lock_guard lock(m_mutex);
    m_now = instant.toUTC();
}

void ManualClock::advance(qint64 msecs)
{
    std::lock_guard lock(m_mutex);
    m_now = m_now.addMSecs(msecs);
}

ShiftedClock::ShiftedClock(QDateTime start)
    : m_start(std::move(start))
{
    m_elapsed.start();
}

QDateTime ShiftedClock::now() const
{
    return m_start.addMSecs(m_elapsed.elapsed()).toUTC();
}

} // namespace Madoguchi
