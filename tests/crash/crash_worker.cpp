// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the crash test: issues, calls and finishes tickets in a loop on a real SQLite
// file, printing a line for every operation the engine acknowledged, until it is killed.
//   crash_worker DATABASE CONFIG SEED
// Lines: "issued <visit id> <day> <prefix> <round> <sequence>" and "called <visit id> <step id>".
#include "common/clock.h"
#include "config/configloader.h"
#include "queue/queueengine.h"
#include "store/sqlitequeuestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <random>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: crash_worker DATABASE CONFIG SEED\n", stderr);
        return 2;
    }
    const ConfigLoadResult config = ConfigLoader::loadFile(args.at(2));
    auto store = SqliteQueueStore::open(args.at(1));
    if (!config.config || !store) {
        std::fputs("cannot start\n", stderr);
        return 1;
    }
    SystemClock clock;
    QueueEngine engine(*config.config, **store, clock);
    if (!engine.loadError().isEmpty())
        return 1;
    for (const CounterConfig &counter : config.config->counters)
        (void)engine.openCounter(counter.number, u"worker"_s);

    std::mt19937 random(args.at(3).toUInt());
    const QList<ServiceConfig> &services = config.config->services;
    for (;;) {
        IssueRequest request;
        request.services.append(services.at(qsizetype(random() % services.size())).code);
        request.channel = IssueChannel::Staff;
        if (auto visit = engine.issue(request, u"worker"_s)) {
            std::printf("issued %lld %s %s %d %d\n", visit->id, qPrintable(visit->day.toString(Qt::ISODate)), qPrintable(visit->prefix),
                        visit->round, visit->sequence);
            std::fflush(stdout);
        }
        const int counter = config.config->counters.at(qsizetype(random() % config.config->counters.size())).number;
        if (random() % 2 == 0) {
            if (auto called = engine.callNext(counter, u"worker"_s)) {
                std::printf("called %lld %lld\n", called->visit.id, called->step);
                std::fflush(stdout);
            }
        } else {
            (void)engine.finish(counter, {}, u"worker"_s);
        }
    }
}
