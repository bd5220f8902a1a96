// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lifeeventvisitors.h"
#include "queue/queueengine.h"

#include <QDate>
#include <QObject>

#include <map>
#include <random>
#include <set>

namespace Madoguchi {

class ManualClock;

/// Settings of a simulated office day.
struct SimulationSettings {
    QDate day;                   ///< the office day to simulate
    quint32 seed = 1;            ///< same seed, same day
    double visitorsPerHour = 36; ///< mean arrivals in a normal hour (busier mid-morning, calmer at lunch)
    double priorityShare = 0.08; ///< share of visitors in the priority class
    double oneStopShare = 0.15;  ///< share of moving visitors who also need the next services (one-stop)
    double noShowShare = 0.04;   ///< share of called visitors who do not come
    QString language;            ///< language of the lines printed; empty: the office default
    /// When set, one-stop visitors (oneStopShare of every visitor) come for a life event of the
    /// guide and take the procedures its plan gives, each step as long as its procedures.
    const GuideCatalogue *guide = nullptr;
    bool routed = true; ///< with a guide: tickets carry the plan's route; otherwise its fixed order
};

/// Runs a whole office day against the real queue engine on a manual clock: visitors arrive,
/// counters open, call, serve, pause for lunch and close. Deterministic for a seed.
class OfficeSimulator : public QObject
{
    Q_OBJECT
public:
    OfficeSimulator(QueueEngine &engine, ManualClock &clock, SimulationSettings settings, QObject *parent = nullptr);

    /// False when the office does not open on the simulated day.
    [[nodiscard]] bool isOfficeDay() const { return m_opens.isValid(); }
    /// Runs the next moment of the day; false once the day is over.
    bool step();
    /// The instant the next step will happen at.
    [[nodiscard]] QDateTime nextAt() const;

    struct Summary {
        int issued = 0;
        int served = 0;
        int noShows = 0;
        qint64 totalWaitSecs = 0;
        qint64 longestWaitSecs = 0;
        /// With a guide: from issue to the end of the last step, of each one-stop visit served whole.
        std::vector<qint64> oneStopVisitSecs;
    };
    [[nodiscard]] const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    /// A line worth printing happened: a ticket issued, a call, a counter opening or closing.
    void happened(const QDateTime &at, const QString &line);

private:
    enum class Kind { Arrival, Walked, Served, CounterOpen, CounterPause, CounterResume, CloseDay };
    struct Agenda {
        Kind kind;
        int counter = 0;
    };
    void schedule(const QDateTime &at, Kind kind, int counter = 0);
    void handle(const Agenda &item, const QDateTime &at);
    void arrive(const QDateTime &at);
    /// The ticket of the next visitor, and for a one-stop visitor of the guide its steps' minutes.
    [[nodiscard]] IssueRequest nextVisitor(QHash<QString, double> &minutesOfSteps);
    /// The mean minutes of the visit's current step.
    [[nodiscard]] double stepMinutes(const Visit &visit) const;
    void callAt(int counter);
    void wakeIdleCounters();
    [[nodiscard]] double arrivalRate(const QDateTime &at) const;
    /// The random numbers of one step of a visit (draw: which of its numbers): the same step walks,
    /// comes or not and takes as long whatever order the day takes, so that two runs of a seed
    /// compare like with like.
    [[nodiscard]] std::mt19937 stepRandom(StepId step, int draw) const;
    /// A duration around mean minutes.
    [[nodiscard]] static double minutes(double mean, std::mt19937 &&random);
    [[nodiscard]] QString serviceName(const QString &code) const;
    [[nodiscard]] QString actor(int counter) const;

    QueueEngine &m_engine;
    ManualClock &m_clock;
    SimulationSettings m_settings;
    std::mt19937 m_random;
    std::multimap<QDateTime, Agenda> m_agenda;
    std::set<int> m_idle;           ///< open counters that found no one to call
    std::map<int, StepId> m_called; ///< the step each counter called last
    QDateTime m_opens;
    QDateTime m_closes;
    bool m_dayClosed = false;
    Summary m_summary;
    std::optional<LifeEventVisitors> m_oneStop;
    std::map<VisitId, QHash<QString, double>> m_oneStopMinutes; ///< open one-stop visits of the guide
};

} // namespace Madoguchi
