// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesimulator.h"

#include "common/clock.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

qint64 msecs(double minutes)
{
    return qint64(minutes * 60'000.0);
}

} // namespace

OfficeSimulator::OfficeSimulator(QueueEngine &engine, ManualClock &clock, SimulationSettings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_random(m_settings.seed)
{
    const OfficeConfig &office = m_engine.office();
    if (m_settings.guide)
        m_oneStop.emplace(*m_settings.guide, m_settings.routed);
    if (m_settings.language.isEmpty())
        m_settings.language = office.languages.first();
    const QList<TimeRange> &hours = office.hours.day(m_settings.day.dayOfWeek());
    if (hours.isEmpty() || office.hours.closedDates().contains(m_settings.day)) {
        m_dayClosed = true;
        return;
    }
    m_opens = QDateTime(m_settings.day, hours.first().open, office.timeZone).toUTC();
    m_closes = QDateTime(m_settings.day, hours.last().close, office.timeZone).toUTC();
    m_clock.set(m_opens.addSecs(-15 * 60));
    for (const CounterConfig &counter : office.counters) {
        schedule(m_opens.addSecs(-5 * 60), Kind::CounterOpen, counter.number);
        if (counter.number % 2 == 0) {
            const QDateTime noon(m_settings.day, QTime(12, 0), office.timeZone);
            schedule(noon.toUTC(), Kind::CounterPause, counter.number);
            schedule(noon.addSecs(3600).toUTC(), Kind::CounterResume, counter.number);
        }
    }
    schedule(m_opens.addMSecs(msecs(std::exponential_distribution<>(arrivalRate(m_opens))(m_random))), Kind::Arrival);
}

QDateTime OfficeSimulator::nextAt() const
{
    return m_agenda.empty() ? m_clock.now() : m_agenda.begin()->first;
}

void OfficeSimulator::schedule(const QDateTime &at, Kind kind, int counter)
{
    m_agenda.emplace(at, Agenda{kind, counter});
}

bool OfficeSimulator::step()
{
    if (m_dayClosed || m_agenda.empty())
        return false;
    const auto it = m_agenda.begin();
    const QDateTime at = it->first;
    const Agenda item = it->second;
    m_agenda.erase(it);
    m_clock.set(at);
    handle(item, at);
    return !m_dayClosed;
}

double OfficeSimulator::arrivalRate(const QDateTime &at) const
{
    // Arrivals per minute: a mid-morning peak, a lunch dip and a smaller afternoon peak.
    const QTime local = at.toTimeZone(m_engine.office().timeZone).time();
    const double hour = local.hour() + local.minute() / 60.0;
    double factor = 1.0;
    if (hour >= 9.5 && hour < 11.5)
        factor = 1.6;
    else if (hour >= 12.0 && hour < 13.0)
        factor = 0.6;
    else if (hour >= 14.0 && hour < 15.5)
        factor = 1.2;
    return m_settings.visitorsPerHour * factor / 60.0;
}

std::mt19937 OfficeSimulator::stepRandom(StepId step, int draw) const
{
    return std::mt19937(m_settings.seed ^ quint32(step * 2654435761u) ^ quint32(draw * 40503));
}

double OfficeSimulator::minutes(double mean, std::mt19937 &&random)
{
    return std::gamma_distribution<>(2.0, mean / 2.0)(random);
}

QString OfficeSimulator::serviceName(const QString &code) const
{
    const ServiceConfig *service = m_engine.office().service(code);
    return service ? service->name.text(m_settings.language) : code;
}

QString OfficeSimulator::actor(int counter) const
{
    return counter ? u"counter:%1"_s.arg(counter) : u"kiosk:sim"_s;
}

void OfficeSimulator::handle(const Agenda &item, const QDateTime &at)
{
    const int counter = item.counter;
    switch (item.kind) {
    case Kind::Arrival: arrive(at); return;
    case Kind::CounterOpen:
    case Kind::CounterResume:
        if (m_engine.openCounter(counter, actor(counter))) {
            Q_EMIT happened(at,
                            item.kind == Kind::CounterOpen ? tr("counter %1 opens").arg(counter)
                                                           : tr("counter %1 is back from lunch").arg(counter));
            callAt(counter);
        }
        return;
    case Kind::CounterPause:
        if (m_engine.pauseCounter(counter, actor(counter))) {
            m_idle.erase(counter);
            Q_EMIT happened(at, tr("counter %1 pauses for lunch").arg(counter));
        } else if (at.toTimeZone(m_engine.office().timeZone).time() < QTime(12, 30)) {
            schedule(at.addSecs(120), Kind::CounterPause, counter); // busy: try again after this visitor
        }
        return;
    case Kind::Walked:
        if (auto random = stepRandom(m_called[counter], 2); std::bernoulli_distribution(m_settings.noShowShare)(random)) {
            if (auto visit = m_engine.noShow(counter, actor(counter))) {
                ++m_summary.noShows;
                Q_EMIT happened(at, tr("%1 did not come to counter %2").arg(visit->number).arg(counter));
            }
            callAt(counter);
        } else if (auto visit = m_engine.start(counter, actor(counter))) {
            schedule(at.addMSecs(msecs(minutes(stepMinutes(*visit), stepRandom(m_called[counter], 1)))), Kind::Served, counter);
        }
        return;
    case Kind::Served:
        if (auto visit = m_engine.finish(counter, u"completed"_s, actor(counter))) {
            ++m_summary.served;
            if (!visit->isOpen() && m_oneStopMinutes.erase(visit->id) > 0)
                m_summary.oneStopVisitSecs.push_back(visit->issuedAt.secsTo(at));
            if (visit->isOpen()) // its next step waits now: a counter with nothing to do may take it
                wakeIdleCounters();
        }
        callAt(counter);
        return;
    case Kind::CloseDay:
        if (m_engine.state().hasOpenVisits()) {
            schedule(at.addSecs(60), Kind::CloseDay);
            return;
        }
        if (m_engine.closeDay(u"system"_s))
            Q_EMIT happened(at, tr("all visitors served; the office day is closed"));
        m_dayClosed = true;
        return;
    }
}

double OfficeSimulator::stepMinutes(const Visit &visit) const
{
    const QString &service = visit.currentStep()->service;
    const auto oneStop = m_oneStopMinutes.find(visit.id);
    if (oneStop != m_oneStopMinutes.end() && oneStop->second.contains(service))
        return oneStop->second.value(service);
    return m_engine.office().service(service)->expectedMinutes;
}

IssueRequest OfficeSimulator::nextVisitor(QHash<QString, double> &minutesOfSteps)
{
    if (m_oneStop && std::bernoulli_distribution(m_settings.oneStopShare)(m_random)) {
        if (auto visitor = m_oneStop->draw(m_random)) {
            minutesOfSteps = visitor->minutes;
            return visitor->request;
        }
    }
    const QList<ServiceConfig> &services = m_engine.office().services;
    // Demand follows capacity: each service draws visitors in proportion to the counter time
    // its main counters give it, divided by how long one visitor takes.
    std::vector<double> weights;
    for (const ServiceConfig &service : services) {
        double share = 0;
        for (const CounterConfig &counter : m_engine.office().counters) {
            if (counter.services.contains(service.code))
                share += 1.0 / double(counter.services.size());
        }
        weights.push_back(std::max(share, 0.1) / service.expectedMinutes);
    }
    const auto choice = qsizetype(std::discrete_distribution<>(weights.begin(), weights.end())(m_random));

    IssueRequest request;
    request.services.append(services.at(choice).code);
    if (!m_oneStop && choice == 0 && std::bernoulli_distribution(m_settings.oneStopShare)(m_random)) {
        for (qsizetype extra = 1; extra < std::min<qsizetype>(3, services.size()); ++extra)
            request.services.append(services.at(extra).code);
    }
    return request;
}

void OfficeSimulator::arrive(const QDateTime &at)
{
    QHash<QString, double> oneStopMinutes;
    IssueRequest request = nextVisitor(oneStopMinutes);
    if (std::bernoulli_distribution(m_settings.priorityShare)(m_random))
        request.priority = PriorityClass::Priority;
    request.language = m_settings.language;

    if (auto visit = m_engine.issue(request, actor(0))) {
        ++m_summary.issued;
        if (!oneStopMinutes.isEmpty())
            m_oneStopMinutes.emplace(visit->id, oneStopMinutes);
        QStringList names;
        for (const QString &code : std::as_const(request.services))
            names.append(serviceName(code));
        Q_EMIT happened(at,
                        tr("%1 issued: %2 (%3 waiting)")
                            .arg(visit->number, names.join(u" → "_s))
                            .arg(m_engine.waiting(request.services.first()).size()));
        wakeIdleCounters();
    }
    const QDateTime next = at.addMSecs(qMax<qint64>(1000, msecs(std::exponential_distribution<>(arrivalRate(at))(m_random))));
    if (next < m_closes)
        schedule(next, Kind::Arrival);
    else
        schedule(m_closes, Kind::CloseDay);
}

void OfficeSimulator::wakeIdleCounters()
{
    const std::set<int> idle = std::exchange(m_idle, {});
    for (const int counter : idle)
        callAt(counter);
}

void OfficeSimulator::callAt(int counter)
{
    auto called = m_engine.callNext(counter, actor(counter));
    if (!called) {
        if (called.error().code == QueueErrorCode::NoneWaiting)
            m_idle.insert(counter);
        return;
    }
    const Step &step = *called->visit.step(called->step);
    const qint64 wait = step.queuedAt.secsTo(step.calledAt);
    m_summary.totalWaitSecs += wait;
    m_summary.longestWaitSecs = std::max(m_summary.longestWaitSecs, wait);
    Q_EMIT happened(
        m_clock.now(),
        tr("%1 → counter %2  %3  [%4]").arg(called->visit.number).arg(counter).arg(serviceName(step.service), called->reason.message));
    m_called[counter] = called->step;
    schedule(m_clock.now().addMSecs(msecs(0.5 + minutes(1.0, stepRandom(called->step, 0)))), Kind::Walked, counter);
}

} // namespace Madoguchi
