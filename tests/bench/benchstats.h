// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace Madoguchi::Bench {

using Stopwatch = std::chrono::steady_clock;

inline double micros(Stopwatch::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

inline double seconds(Stopwatch::duration d)
{
    return std::chrono::duration<double>(d).count();
}

/// Latency samples of one kind of operation, in microseconds.
struct Latencies {
    std::vector<double> samples;
    void add(Stopwatch::duration d) { samples.push_back(micros(d)); }
    double percentile(double p)
    {
        std::sort(samples.begin(), samples.end());
        return samples.empty() ? 0 : samples.at(size_t(p * double(samples.size() - 1)));
    }
};

} // namespace Madoguchi::Bench
