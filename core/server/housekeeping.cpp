// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "housekeeping.h"

#include "common/clock.h"
#include "common/logging.h"
#include "profile/profilebook.h"
#include "queue/queueengine.h"
#include "store/retentionpurge.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

Housekeeping::Housekeeping(const OfficeConfig &office, QueueEngine &engine, RetentionPurge &purge, ProfileBook &profiles,
                           const Clock &clock)
    : m_office(office)
    , m_engine(engine)
    , m_purge(purge)
    , m_profiles(profiles)
    , m_clock(clock)
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &Housekeeping::run);
}

void Housekeeping::start()
{
    run();
    m_timer.start();
}

void Housekeeping::run()
{
    closeDayIfDue();
    purgeProfiles();
    purgeOncePerDay();
}

void Housekeeping::purgeProfiles()
{
    const QDateTime now = m_clock.now();
    const QDate keptFrom = m_office.retention.profilesKeptFrom(now, m_office.timeZone);
    const auto purged = m_profiles.purgeDaysBefore(keptFrom, now);
    if (!purged)
        qCWarning(lcServer).noquote() << "the profiles of office days before" << keptFrom.toString(Qt::ISODate)
                                      << "could not be deleted:" << purged.error().message;
    else if (*purged > 0)
        qCInfo(lcServer).noquote() << "deleted the profiles of" << *purged << "visits of office days before"
                                   << keptFrom.toString(Qt::ISODate);
}

void Housekeeping::closeDayIfDue()
{
    const QueueState state = m_engine.state();
    if (!state.officeDay.isValid() || (state.dayClosed && !state.hasOpenVisits()))
        return;
    const auto closeAt = m_office.retention.dayCloseAt(state.officeDay, m_office.timeZone);
    if (!closeAt || m_clock.now() < *closeAt)
        return;
    const auto closed = m_engine.closeDay(u"system"_s, QueueEngine::DayClosing::Overnight);
    if (closed)
        qCInfo(lcServer).noquote() << "closed the office day" << state.officeDay.toString(Qt::ISODate) << "at night;" << *closed
                                   << "visits left open were ended";
    else
        qCWarning(lcServer).noquote() << "could not close the office day" << state.officeDay.toString(Qt::ISODate)
                                      << "at night:" << closed.error().message;
}

void Housekeeping::purgeOncePerDay()
{
    const QDateTime now = m_clock.now();
    const QDate today = m_office.officeDate(now);
    if (m_purgedOn == today)
        return;
    m_purgedOn = today; // a failure is tried again tomorrow, not every minute
    const RetentionRules &rules = m_office.retention;
    const PurgeCutoff cutoff{today.addDays(-rules.visitDays), now.addDays(-rules.visitDays), now.addDays(-rules.auditDays)};
    if (const auto audit = m_profiles.purgeAuditBefore(cutoff.auditInstant); !audit)
        qCWarning(lcServer).noquote() << "the profiles' audit log could not be purged:" << audit.error().message;
    const auto purged = m_purge.purge(cutoff);
    if (!purged) {
        qCWarning(lcServer).noquote() << "the retention purge failed:" << purged.error().message;
        return;
    }
    if (*purged == PurgeCounts{})
        return;
    qCInfo(lcServer).noquote() << "retention purge: deleted" << purged->visits << "visits," << purged->events << "events,"
                               << purged->appointments << "reservations," << purged->assistanceCalls << "calls for a clerk,"
                               << purged->sessions << "staff sessions (older than" << rules.visitDays << "days) and" << purged->auditRecords
                               << "audit records (older than" << rules.auditDays << "days)";
}

} // namespace Madoguchi
