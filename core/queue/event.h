// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Madoguchi {

/// The kinds of state change the queue records. Names are stable: they are stored and sent.
enum class EventType : quint8 {
    VisitIssued, ///< data: the whole visit as issued
    StepQueued,  ///< data: queuedAt — a later step joins its queue
    StepCalled,  ///< data: reason {code, message}, streak
    StepRecalled,
    StepStarted,
    StepFinished, ///< data: outcome
    StepNoShow,
    StepTransferred, ///< data: next {id, service, targetCounter, queuedAt}
    StepParked,
    StepUnparked,  ///< data: queuedAt
    StepCancelled, ///< data: reason
    StepAdded,     ///< data: step — a step added to an open visit, to come
    CounterOpened,
    CounterPaused,
    CounterClosed,
    DayClosed, ///< data: day
};

[[nodiscard]] QString eventTypeName(EventType type);
[[nodiscard]] std::optional<EventType> eventTypeFromName(QStringView name);
/// Every type's name, in the enum's order.
[[nodiscard]] QStringList eventTypeNames();

/// One entry of the append-only event log: who did what to which visit, step or counter, and when.
struct Event {
    qint64 id = 0; ///< assigned by the store, strictly increasing
    QDateTime at;
    QString actor; ///< "counter:3", "kiosk:lobby", "staff:tanaka", "system" — never personal data
    EventType type = EventType::VisitIssued;
    VisitId visit = 0;
    StepId step = 0;
    int counter = 0;
    QJsonObject data;
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace Madoguchi
