// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visit.h"

#include <QDate>
#include <QString>

#include <map>
#include <set>

namespace Madoguchi {

/// Whether a counter takes visitors.
enum class CounterStatus : quint8 { Closed, Open, Paused };

[[nodiscard]] QString counterStatusName(CounterStatus status);
[[nodiscard]] std::optional<CounterStatus> counterStatusFromName(QStringView name);

/// The runtime state of one counter.
struct CounterState {
    int number = 0;
    CounterStatus status = CounterStatus::Closed;
    int priorityStreak = 0; ///< consecutive priority-class calls, for N:1 alternation
    friend bool operator==(const CounterState &, const CounterState &) = default;
};

/// The numbers last handed out for one prefix.
struct NumberSequence {
    QString prefix;
    QDate day;
    int round = 0;
    int last = 0;
    friend bool operator==(const NumberSequence &, const NumberSequence &) = default;
};

/// Everything the queue engine knows: the visits of the office day and every open visit,
/// counters and number sequences. A plain value; it changes only through StateChange.
struct QueueState {
    std::map<VisitId, Visit> visits;
    std::set<VisitId> openVisits; ///< index of the visits that are open; kept by put() and erase()
    std::map<int, CounterState> counters;
    std::map<QString, NumberSequence> sequences;
    QDate officeDay;
    bool dayClosed = false; ///< the office day was closed (by hand or at night); a new day clears it
    VisitId lastVisitId = 0;
    StepId lastStepId = 0;

    friend bool operator==(const QueueState &, const QueueState &) = default;

    /// Adds or replaces a visit, keeping the index of open visits.
    void put(const Visit &visit);
    void erase(VisitId id);
    /// Rebuilds the index of open visits after visits were filled directly (e.g. by a store).
    void rebuildOpenIndex();

    [[nodiscard]] const Visit *visit(VisitId id) const;
    /// The open visit showing this display number, if any.
    [[nodiscard]] const Visit *openVisitByNumber(const QString &number) const;
    /// The step a counter holds (called or serving), if any.
    [[nodiscard]] const Step *stepAtCounter(int counter) const;
    [[nodiscard]] CounterState counter(int number) const;
    [[nodiscard]] bool hasOpenVisits() const;
    /// Drops visits that are closed and belong to an earlier office day than officeDay.
    void pruneClosedBefore(QDate day);
};

} // namespace Madoguchi
