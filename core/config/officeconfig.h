// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"
#include "openinghours.h"
#include "orderingpolicy.h"
#include "serverconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Madoguchi {

/// A document a visitor should bring for a service.
struct DocumentConfig {
    LocalizedText name;
};

/// The pictograms the front ends ship for services (resources/pictograms/service-<name>.svg).
[[nodiscard]] const QStringList &servicePictograms();

/// A kind of business the office handles (受付区分).
struct ServiceConfig {
    QString code;                ///< stable identifier, e.g. "moving"
    QString prefix;              ///< ticket prefix letter, e.g. "A"
    LocalizedText name;          ///< short, as on the board and the ticket, e.g. 住民異動
    LocalizedText procedures;    ///< what it covers, under the name on the kiosk, e.g. 転入・転出・転居; may be empty
    QString pictogram;           ///< one of servicePictograms() (the kiosk draws it beside the name), or empty
    int expectedMinutes = 10;    ///< typical time at the counter, before any learning
    int appointmentsPerSlot = 0; ///< reservations taken per slot; 0: the service takes no reservations
    QList<DocumentConfig> documents;
};

/// A service desk (窓口) and the work it takes.
struct CounterConfig {
    int number = 0;
    LocalizedText name;
    QStringList services;                   ///< primary services, pooled under the ordering policy
    QStringList fallback;                   ///< served only when no one waits for a primary service
    std::optional<OrderingPolicy> ordering; ///< overrides the office's policy at this counter
};

/// How display numbers are formed: prefix, separator and a zero-padded sequence.
struct NumberingRules {
    int digits = 3;
    int first = 1;
    int last = 999;
    QString separator = QStringLiteral("-");

    /// The display number, e.g. "A-023".
    [[nodiscard]] QString format(const QString &prefix, int sequence) const;
};

/// Office-wide rules of the queue.
struct QueueRules {
    bool transferKeepsPlace = true;   ///< a transfer keeps the visitor's place unless told otherwise
    bool nextStepKeepsArrival = true; ///< a visit's next step queues with the original arrival time
};

/// How reservations (予約) are slotted and when a visitor may check in for one.
struct AppointmentRules {
    int slotMinutes = 30;         ///< slots start at multiples of this from midnight
    int checkInEarlyMinutes = 60; ///< a reservation checks in from this long before its time …
    int checkInLateMinutes = 15;  ///< … until this long after it; later, the visitor takes a ticket
};

/// How long the server keeps what it records, and when it ends an office day left open. Visits carry
/// visitors' needs and their notice addresses live until the visit ends, so nothing is kept longer
/// than the office needs it (docs/office-config.md, [retention]).
struct RetentionRules {
    /// When the office day is closed if it is still open, in minutes from the day's midnight in the
    /// office's time zone; past 1440 means the next morning. Empty: days are closed only by hand.
    std::optional<int> closeDayAtMinutes = 22 * 60;
    int visitDays = 90;  ///< visits, their steps and events, reservations and calls for a clerk
    int auditDays = 365; ///< the log of logins, logouts and changes of credentials; ended sessions
    /// The visitors' profiles (form values) are deleted when their office day ends (0), or this
    /// many office days later (up to 30); the profiles' audit log is kept auditDays.
    int profileDays = 0;

    /// The instant at which the office day is closed, in the given time zone; empty when never.
    [[nodiscard]] std::optional<QDateTime> dayCloseAt(QDate day, const QTimeZone &zone) const;
    /// The first office day whose profiles are still kept at `now`: a day ends at its close
    /// (close_day_at), or at midnight when days are closed only by hand; profileDays more are kept.
    [[nodiscard]] QDate profilesKeptFrom(const QDateTime &now, const QTimeZone &zone) const;
};

/// How the display boards sound (they read it from the server).
struct BoardSound {
    bool muted = false;
    int volumePercent = 80;
};

/// The display boards' screens: their size and how far away they are read (boards size their text
/// from it: about 4 mm of glyph height a metre for Japanese, 3 mm for Latin).
struct BoardDisplay {
    double diagonalInches = 55;
    double viewingMetres = 6;
};

/// The whole configuration of one office.
struct OfficeConfig {
    QString id;
    LocalizedText name;
    QTimeZone timeZone;
    OpeningHours hours;
    QStringList languages; ///< languages offered, the first is the default
    QList<ServiceConfig> services;
    QList<CounterConfig> counters;
    OrderingPolicy ordering;
    NumberingRules numbering;
    QueueRules rules;
    AppointmentRules appointments;
    BoardSound boardSound;     ///< [board]
    BoardDisplay boardDisplay; ///< [board]
    /// [guide] catalogue: "shipped", the folder of the office's guide files, or empty when the office
    /// offers no life-event guide.
    QString guideCatalogue;
    RetentionRules retention; ///< [retention]
    ServerConfig server;      ///< [server] and [notify]

    [[nodiscard]] const ServiceConfig *service(const QString &code) const;
    [[nodiscard]] const CounterConfig *counter(int number) const;
    /// The ordering policy in force at a counter.
    [[nodiscard]] OrderingPolicy orderingAt(int counter) const;
    /// The office day (in the office's timezone) of an instant.
    [[nodiscard]] QDate officeDate(const QDateTime &instant) const;
};

} // namespace Madoguchi
