// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace Madoguchi {

/// One span of opening time within a day, [open, close).
struct TimeRange {
    QTime open;
    QTime close;
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

/// When an office takes visitors: spans per weekday and dates it is closed (holidays, 年末年始).
class OpeningHours
{
public:
    /// Sets the spans of a weekday (1 = Monday … 7 = Sunday); an empty list means closed.
    void setDay(int weekday, QList<TimeRange> ranges);
    /// The spans of a weekday.
    [[nodiscard]] const QList<TimeRange> &day(int weekday) const;
    /// Marks a date as closed whatever its weekday.
    void addClosedDate(QDate date);
    [[nodiscard]] const QSet<QDate> &closedDates() const { return m_closed; }

    /// True when the office is open at the instant, read in the office's timezone.
    [[nodiscard]] bool isOpenAt(const QDateTime &instant, const QTimeZone &zone) const;
    /// The next instant at or after the given one at which the office opens, within two weeks.
    [[nodiscard]] std::optional<QDateTime> nextOpening(const QDateTime &instant, const QTimeZone &zone) const;

private:
    std::array<QList<TimeRange>, 7> m_days;
    QSet<QDate> m_closed;
};

} // namespace Madoguchi
