// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: one-stop visits routed by the life-event guide against the same visits taken in the
// catalogue's fixed order, on the office simulator (the sample office and its guide, the real
// queue engine on SQLite files, a manual clock). Per day kind — an ordinary day and a moving-season
// day — and per seed, the same visitors arrive in both runs and each step takes as long in both; the
// mean and 90th-percentile visit time (issue to the end of the last step) of both, and the ratio.
// Also the time the guide takes to plan one visit, next to copying its answers (the baseline).
//   bench_guide [--seeds N]
#include "benchstats.h"

#include "config/configloader.h"
#include "config/guidereader.h"
#include "sim/officesimulator.h"
#include "store/sqlitequeuestore.h"

#include "common/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <numeric>

using namespace Madoguchi;
using namespace Madoguchi::Bench;
using namespace Qt::StringLiterals;

namespace {

struct DayKind {
    const char *name;
    double visitorsPerHour;
    double oneStopShare;
};

struct DayResult {
    std::vector<double> oneStopMinutes; ///< each one-stop visit's time, issue to the end of its last step
    int issued = 0;
    double meanWaitMinutes = 0; ///< of every call of the day
    QDateTime lastServed;
};

/// One simulated day.
DayResult simulate(const OfficeConfig &office, const GuideCatalogue &guide, const DayKind &kind, quint32 seed, bool routed)
{
    QTemporaryDir dir;
    auto store = SqliteQueueStore::open(dir.filePath(u"queue.sqlite"_s));
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error().message));
    ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC));
    QueueEngine engine(office, *store.value(), clock);
    SimulationSettings settings;
    settings.day = QDate(2026, 11, 24);
    settings.seed = seed;
    settings.visitorsPerHour = kind.visitorsPerHour;
    settings.oneStopShare = kind.oneStopShare;
    settings.noShowShare = 0; // a no-show ends a visit early in one run and not in the other
    settings.guide = &guide;
    settings.routed = routed;
    OfficeSimulator simulator(engine, clock, settings);
    while (simulator.step()) { }
    DayResult result;
    const OfficeSimulator::Summary &summary = simulator.summary();
    for (const qint64 secs : summary.oneStopVisitSecs)
        result.oneStopMinutes.push_back(double(secs) / 60.0);
    result.issued = summary.issued;
    result.meanWaitMinutes = double(summary.totalWaitSecs) / 60.0 / std::max(1, summary.served);
    result.lastServed = clock.now();
    return result;
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(size_t(p * double(values.size() - 1)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"One-stop visits: routed by the guide against the catalogue's fixed order"_s);
    parser.addHelpOption();
    const QCommandLineOption seedsOpt(u"seeds"_s, u"Simulated days of each kind."_s, u"n"_s, u"8"_s);
    parser.addOption(seedsOpt);
    parser.process(app);
    const int seeds = std::max(1, parser.value(seedsOpt).toInt());

    const ConfigLoadResult office = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    const GuideLoadResult guide = GuideReader::shipped();
    if (!office.config || !guide.catalogue)
        qFatal("the sample office or its guide does not load");

    const DayKind kinds[] = {{"ordinary day", 16, 0.15}, {"moving-season day", 20, 0.35}};
    for (const bool keepArrival : {true, false}) {
        OfficeConfig rules = *office.config;
        rules.rules.nextStepKeepsArrival = keepArrival;
        std::printf("%s\n",
                    keepArrival ? "A later step keeps the visitor's arrival (the sample office's rule):"
                                : "A later step joins the end of its queue:");
        for (const DayKind &kind : kinds) {
            std::vector<double> routed;
            std::vector<double> fixed;
            for (int seed = 1; seed <= seeds; ++seed) {
                const DayResult r = simulate(rules, *guide.catalogue, kind, quint32(seed), true);
                const DayResult f = simulate(rules, *guide.catalogue, kind, quint32(seed), false);
                routed.insert(routed.end(), r.oneStopMinutes.begin(), r.oneStopMinutes.end());
                fixed.insert(fixed.end(), f.oneStopMinutes.begin(), f.oneStopMinutes.end());
                std::printf("  %s, seed %d: %d visitors, mean wait a call %.1f min routed / %.1f fixed, day over at %s / %s\n", kind.name,
                            seed, r.issued, r.meanWaitMinutes, f.meanWaitMinutes,
                            qPrintable(r.lastServed.toTimeZone(office.config->timeZone).toString(u"HH:mm"_s)),
                            qPrintable(f.lastServed.toTimeZone(office.config->timeZone).toString(u"HH:mm"_s)));
            }
            std::printf("  %s (%d days, %zu routed and %zu fixed one-stop visits): visit time, min mean / p90: routed %.1f / %.1f, "
                        "fixed order %.1f / %.1f, ratio %.2f / %.2f\n",
                        kind.name, seeds, routed.size(), fixed.size(), mean(routed), percentile(routed, 0.9), mean(fixed),
                        percentile(fixed, 0.9), mean(routed) / mean(fixed), percentile(routed, 0.9) / percentile(fixed, 0.9));
        }
    }

    // Planning speed: one visit's plan from its answers, next to copying the answers.
    const GuideCatalogue &catalogue = *guide.catalogue;
    const LifeEvent &event = *catalogue.event(u"move-in"_s);
    GuideAnswers answers;
    for (const QString &question : event.questions)
        answers.insert(question, u"yes"_s);
    Latencies plans;
    Latencies copies;
    std::size_t sink = 0;
    for (int i = 0; i < 2000; ++i) {
        auto start = Stopwatch::now();
        sink += size_t(planGuide(catalogue, event, answers).procedures.size());
        plans.add(Stopwatch::now() - start);
        start = Stopwatch::now();
        GuideAnswers copy = answers;
        copy.insert(u"kokuho"_s, QString::number(i));
        sink += size_t(copy.size());
        copies.add(Stopwatch::now() - start);
    }
    std::printf("Planning a move-in with every answer yes (us p50 / p99): %.1f / %.1f; copying the answers %.2f / %.2f, ratio %.0f "
                "(%zu)\n",
                plans.percentile(0.5), plans.percentile(0.99), copies.percentile(0.5), copies.percentile(0.99),
                plans.percentile(0.5) / std::max(0.01, copies.percentile(0.5)), sink);
    return 0;
}
