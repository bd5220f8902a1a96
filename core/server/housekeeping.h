// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace Madoguchi {

class Clock;
class ProfileBook;
class QueueEngine;
class RetentionPurge;

/// The server's nightly work ([retention] of the office configuration). It closes an office day
/// left open once the day's close time has passed — at that time, or at start when the server was
/// not running then — ending the visits abandoned in it and with them their notice addresses; and
/// once a day it purges what is older than its retention. The visitors' profiles go as soon as their
/// keeping time ends (profile_days after their office day's end). A round runs at start and every
/// minute.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    Housekeeping(const OfficeConfig &office, QueueEngine &engine, RetentionPurge &purge, ProfileBook &profiles, const Clock &clock);

    /// Runs a round now, then every minute.
    void start();
    /// One round: the nightly close when it is due, the profiles whose time is up, then the purge
    /// when it has not run today.
    void run();

private:
    void closeDayIfDue();
    void purgeProfiles();
    void purgeOncePerDay();

    const OfficeConfig &m_office;
    QueueEngine &m_engine;
    RetentionPurge &m_purge;
    ProfileBook &m_profiles;
    const Clock &m_clock;
    QTimer m_timer;
    QDate m_purgedOn;
};

} // namespace Madoguchi
