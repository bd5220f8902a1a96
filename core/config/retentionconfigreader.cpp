// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionconfigreader.h"

#include "common/translation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

int minuteOfDay(QTime time)
{
    return time.hour() * 60 + time.minute();
}

/// The close as minutes from the office day's midnight, or empty when the office is open then.
std::optional<int> placeClose(QTime at, const OpeningHours &hours)
{
    int latestClose = 0;
    int earliestOpen = kMinutesPerDay;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (const TimeRange &range : hours.day(weekday)) {
            // A span closing at "24:00" is held as 23:59:59.999: it ends with the day.
            latestClose =
                std::max(latestClose, range.close.msecsSinceStartOfDay() >= 86'399'000 ? kMinutesPerDay : minuteOfDay(range.close));
            earliestOpen = std::min(earliestOpen, minuteOfDay(range.open));
        }
    }
    const int minute = minuteOfDay(at);
    if (minute >= latestClose)
        return minute;
    if (minute < earliestOpen)
        return kMinutesPerDay + minute;
    return std::nullopt;
}

} // namespace

void readRetention(TomlReader &reader, const toml::table &root, const OpeningHours &hours, RetentionRules &rules)
{
    const toml::table *table = reader.subTable(root, "retention", false);
    if (table) {
        reader.allowOnly(*table, {"close_day_at", "visit_days", "audit_days", "profile_days"}, u"[retention]"_s);
        rules.profileDays = int(reader.integer(*table, "profile_days", 0, 30).value_or(rules.profileDays));
        rules.visitDays = int(reader.integer(*table, "visit_days", 1, 3660).value_or(rules.visitDays));
        rules.auditDays = int(reader.integer(*table, "audit_days", 1, 3660).value_or(rules.auditDays));
    }
    const toml::node *given = table ? table->get("close_day_at") : nullptr;
    QTime at(22, 0);
    if (given) {
        const QString text = reader.string(*table, "close_day_at", false).value_or(QString());
        if (text == u"never"_s) {
            rules.closeDayAtMinutes.reset();
            return;
        }
        static const QRegularExpression pattern(u"^([01]\\d|2[0-3]):([0-5]\\d)$"_s);
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch()) {
            if (given->is_string())
                reader.error(*given, ConfigTr::tr("[retention]: close_day_at must be a time such as \"22:00\", or \"never\""));
            return;
        }
        at = QTime(match.captured(1).toInt(), match.captured(2).toInt());
    }
    rules.closeDayAtMinutes = placeClose(at, hours);
    if (rules.closeDayAtMinutes)
        return;
    const QString time = at.toString(u"HH:mm"_s);
    if (given)
        reader.error(*given,
                     ConfigTr::tr("[retention]: the office day is closed at %1, but the office is open then: give "
                                  "close_day_at a time after the last closing or before the first opening, or \"never\"")
                         .arg(time));
    else
        reader.error(table ? static_cast<const toml::node &>(*table) : static_cast<const toml::node &>(root),
                     ConfigTr::tr("[retention]: by default the office day is closed at %1, but the office is open then: set "
                                  "close_day_at in [retention] to a time after the last closing or before the first opening, "
                                  "or \"never\"")
                         .arg(time));
}

} // namespace Madoguchi
