// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

namespace Madoguchi {

void OpeningHours::setDay(int weekday, QList<TimeRange> ranges)
{
    m_days.at(weekday - 1) = std::move(ranges);
}

const QList<TimeRange> &OpeningHours::day(int weekday) const
{
    return m_days.at(weekday - 1);
}

void OpeningHours::addClosedDate(QDate date)
{
    m_closed.insert(date);
}

bool OpeningHours::isOpenAt(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDateTime local = instant.toTimeZone(zone);
    if (m_closed.contains(local.date()))
        return false;
    const QTime time = local.time();
    for (const TimeRange &range : day(local.date().dayOfWeek())) {
        if (time >= range.open && time < range.close)
            return true;
    }
    return false;
}

std::optional<QDateTime> OpeningHours::nextOpening(const QDateTime &instant, const QTimeZone &zone) const
{
    const QDateTime local = instant.toTimeZone(zone);
    for (int offset = 0; offset < 14; ++offset) {
        const QDate date = local.date().addDays(offset);
        if (m_closed.contains(date))
            continue;
        for (const TimeRange &range : day(date.dayOfWeek())) {
            const QDateTime opening(date, range.open, zone);
            if (opening >= local)
                return opening.toUTC();
            if (local < QDateTime(date, range.close, zone))
                return local.toUTC();
        }
    }
    return std::nullopt;
}

} // namespace Madoguchi
