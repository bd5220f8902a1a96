// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuelengthestimator.h"

#include "queueposition.h"

#include <cmath>

namespace Madoguchi {

namespace {

constexpr double kLearningRate = 0.2;        // weight of one observed service in the mean
constexpr double kShortestMinutes = 1.0 / 6; // shorter services are mistakes (finished at once)
constexpr double kLongestMinutes = 240;
constexpr int kRoundTo = 5;
constexpr int kExactErlangUpTo = 40; // larger shapes use the Wilson–Hilferty approximation

double erlangCdf(int k, double rate, double x)
{
    // 1 - sum_{i<k} e^{-λx} (λx)^i / i!, summed in log space so that large k stay finite.
    const double lx = rate * x;
    if (lx <= 0)
        return 0;
    const double logLx = std::log(lx);
    double sum = 0;
    double logTerm = -lx;
    for (int i = 0; i < k; ++i) {
        sum += std::exp(logTerm);
        logTerm += logLx - std::log(double(i + 1));
    }
    return 1 - sum;
}

/// The standard normal quantile, by bisection on erfc.
double normalQuantile(double p)
{
    double low = -10;
    double high = 10;
    for (int i = 0; i < 60; ++i) {
        const double mid = (low + high) / 2;
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

} // namespace

double erlangQuantile(int k, double rate, double p)
{
    if (k > kExactErlangUpTo) {
        // Wilson–Hilferty: the cube root of a gamma variable is nearly normal; within 0.1 % here,
        // and it keeps an estimate for hundreds of people waiting at constant cost.
        const double v = 1.0 / (9.0 * k);
        const double cube = 1.0 - v + normalQuantile(p) * std::sqrt(v);
        return k / rate * cube * cube * cube;
    }
    double low = 0;
    double high = std::max(1.0, 4.0 * k / rate);
    while (erlangCdf(k, rate, high) < p)
        high *= 2;
    for (int i = 0; i < 60; ++i) {
        const double mid = (low + high) / 2;
        (erlangCdf(k, rate, mid) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

QueueLengthEstimator::QueueLengthEstimator(OfficeConfig office, const QueueState &state)
    : m_office(std::move(office))
{
    for (const ServiceConfig &service : m_office.services)
        m_meanMinutes[service.code] = service.expectedMinutes;
    std::vector<const Step *> finished;
    for (const auto &[id, visit] : state.visits) {
        for (const Step &step : visit.steps) {
            if (step.state == StepState::Done)
                finished.push_back(&step);
        }
    }
    std::sort(finished.begin(), finished.end(), [](const Step *a, const Step *b) { return a->endedAt < b->endedAt; });
    for (const Step *step : finished)
        learn(*step);
}

void QueueLengthEstimator::learn(const Step &step)
{
    if (!step.startedAt.isValid() || !step.endedAt.isValid())
        return;
    const double minutes = double(step.startedAt.msecsTo(step.endedAt)) / 60000.0;
    if (minutes < kShortestMinutes || minutes > kLongestMinutes)
        return;
    auto mean = m_meanMinutes.find(step.service);
    if (mean != m_meanMinutes.end())
        mean->second += kLearningRate * (minutes - mean->second);
}

void QueueLengthEstimator::observe(const QList<Event> &events, const QueueState &state)
{
    std::lock_guard lock(m_mutex);
    for (const Event &event : events) {
        if (event.type != EventType::StepFinished)
            continue;
        const Visit *visit = state.visit(event.visit);
        if (const Step *step = visit ? visit->step(event.step) : nullptr)
            learn(*step);
    }
}

double QueueLengthEstimator::meanServiceMinutes(const QString &service) const
{
    std::lock_guard lock(m_mutex);
    const auto mean = m_meanMinutes.find(service);
    return mean == m_meanMinutes.end() ? 0 : mean->second;
}

WaitEstimate QueueLengthEstimator::estimate(const QueueState &state, const QString &service, int ahead) const
{
    WaitEstimate result;
    result.ahead = ahead;
    const double mean = meanServiceMinutes(service);
    int servers = countersServing(m_office, state, service);
    if (servers == 0) {
        // Before the counters open, assume those that take the service will.
        for (const CounterConfig &counter : m_office.counters)
            servers += counter.services.contains(service) ? 1 : 0;
    }
    if (servers == 0 || mean <= 0)
        return result;
    const double rate = servers / mean;
    const double low = erlangQuantile(ahead + 1, rate, 0.1);
    const double high = erlangQuantile(ahead + 1, rate, 0.9);
    result.lowMinutes = int(std::floor(low / kRoundTo)) * kRoundTo;
    result.highMinutes = std::max(kRoundTo, int(std::ceil(high / kRoundTo)) * kRoundTo);
    if (result.highMinutes <= result.lowMinutes)
        result.highMinutes = result.lowMinutes + kRoundTo;
    result.known = true;
    return result;
}

WaitEstimate QueueLengthEstimator::forService(const QueueState &state, const QString &service) const
{
    return estimate(state, service, peopleAhead(state, service, nullptr));
}

WaitEstimate QueueLengthEstimator::forVisit(const QueueState &state, VisitId visitId) const
{
    const Visit *visit = state.visit(visitId);
    const Step *step = visit ? visit->currentStep() : nullptr;
    if (!step)
        return {};
    if (step->state != StepState::Waiting && step->state != StepState::Pending)
        return WaitEstimate{0, 0, 0, true};
    // A pending later step waits for the current one first; v1 counts only its own queue.
    return estimate(state, step->service, peopleAhead(state, step->service, step));
}

} // namespace Madoguchi
