// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace Madoguchi {

/// One procedure on a ticket and the counters that serve it.
struct TicketService {
    QString name; ///< in the visitor's language
    QList<int> counters;
    QStringList procedures; ///< a routed visit's checklist: what to do there, in order, by name
};

/// What a paper ticket (整理券) says, before it is laid out for a paper width.
struct TicketContent {
    QString language;   ///< the visitor's language tag, e.g. "vi"
    QString officeName; ///< in the visitor's language
    QString number;     ///< display number, e.g. "A-023"
    QList<TicketService> services;
    QDateTime issuedAt;
    QTimeZone timeZone; ///< the office's, for the printed issue time
    int ahead = 0;      ///< people ahead at issue time
    int estimateLow = 0;
    int estimateHigh = 0;
    bool estimateKnown = false; ///< the range is a reference value (参考値), printed only when known
    QUrl statusUrl;             ///< the smartphone status page, printed as a QR code
    QDateTime appointmentDue;   ///< valid when the ticket is a reservation's check-in
    bool detailsKept = false;   ///< the visit keeps details the visitor brought (a card, a pre-application)
};

} // namespace Madoguchi
