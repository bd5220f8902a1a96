// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "waitestimator.h"

#include "config/officeconfig.h"

#include <map>
#include <mutex>

namespace Madoguchi {

/// Wait estimate v1, the queue-length (QL) predictor of Ibrahim & Whitt: with n people ahead and
/// s open counters taking the service at a learnt mean service time m, the wait is modelled as
/// Erlang(n + 1, s / m) and the range is its 10 % to 90 % quantiles, rounded outwards to 5 minutes.
/// The mean per service starts from the configured minutes and follows observed services
/// (an exponentially weighted mean).
class QueueLengthEstimator final : public WaitEstimator
{
public:
    /// Starts from the office's configured minutes and learns from the services already in state.
    QueueLengthEstimator(OfficeConfig office, const QueueState &state);

    void observe(const QList<Event> &events, const QueueState &state) override;
    [[nodiscard]] WaitEstimate forService(const QueueState &state, const QString &service) const override;
    [[nodiscard]] WaitEstimate forVisit(const QueueState &state, VisitId visit) const override;

    /// The learnt mean service time of a service, in minutes.
    [[nodiscard]] double meanServiceMinutes(const QString &service) const;

private:
    void learn(const Step &step);
    [[nodiscard]] WaitEstimate estimate(const QueueState &state, const QString &service, int ahead) const;

    OfficeConfig m_office;
    mutable std::mutex m_mutex;
    std::map<QString, double> m_meanMinutes;
};

/// The p-quantile of an Erlang(k, rate) distribution: bisection on its CDF for small k, the
/// Wilson–Hilferty approximation (within 0.1 %) for large k.
[[nodiscard]] double erlangQuantile(int k, double rate, double p);

} // namespace Madoguchi
