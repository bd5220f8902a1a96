// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeconfig.h"

namespace Madoguchi {

const QStringList &servicePictograms()
{
    static const QStringList names{QStringLiteral("moving"),    QStringLiteral("certificate"), QStringLiteral("insurance"),
                                   QStringLiteral("childcare"), QStringLiteral("tax"),         QStringLiteral("welfare"),
                                   QStringLiteral("school"),    QStringLiteral("family"),      QStringLiteral("general")};
    return names;
}

QString NumberingRules::format(const QString &prefix, int sequence) const
{
    return prefix + separator + QString::number(sequence).rightJustified(digits, u'0');
}

std::optional<QDateTime> RetentionRules::dayCloseAt(QDate day, const QTimeZone &zone) const
{
    if (!closeDayAtMinutes)
        return std::nullopt;
    const int minutes = *closeDayAtMinutes;
    return QDateTime(day.addDays(minutes / 1440), QTime(minutes % 1440 / 60, minutes % 60), zone);
}

QDate RetentionRules::profilesKeptFrom(const QDateTime &now, const QTimeZone &zone) const
{
    const QDate today = now.toTimeZone(zone).date();
    QDate lastEnded = today.addDays(-1); // a day closed only by hand ends at midnight
    if (closeDayAtMinutes) {
        // The close may fall on the next morning: the last day whose close has passed is one of
        // the last three.
        lastEnded = today.addDays(-3);
        for (QDate day = today; day > today.addDays(-3); day = day.addDays(-1)) {
            if (now >= *dayCloseAt(day, zone)) {
                lastEnded = day;
                break;
            }
        }
    }
    return lastEnded.addDays(1 - profileDays);
}

const ServiceConfig *OfficeConfig::service(const QString &code) const
{
    for (const ServiceConfig &s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const CounterConfig *OfficeConfig::counter(int number) const
{
    for (const CounterConfig &c : counters) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

OrderingPolicy OfficeConfig::orderingAt(int number) const
{
    const CounterConfig *c = counter(number);
    return c && c->ordering ? *c->ordering : ordering;
}

QDate OfficeConfig::officeDate(const QDateTime &instant) const
{
    return instant.toTimeZone(timeZone).date();
}

} // namespace Madoguchi
