// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: durable queue operations (issue + call + finish) per second and their latency, next
// to the raw SQLite commit rate of a trivial table on the same file system, in the same run.
//   bench_queue [--ops N] [--dir DIR]
#include "benchstats.h"

#include "common/clock.h"
#include "config/configloader.h"
#include "queue/queueengine.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitequeuestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace Madoguchi;
using namespace Qt::StringLiterals;
using namespace Madoguchi::Bench;

namespace {

/// Commits per second of single-row inserts into a trivial table, WAL + synchronous=FULL.
double rawCommitRate(const QString &path, int commits)
{
    SqliteDatabase db;
    if (db.open(path, true) != 0 || db.exec("PRAGMA journal_mode = WAL") != 0 || db.exec("PRAGMA synchronous = FULL") != 0
        || db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)") != 0)
        qFatal("cannot set up the raw SQLite baseline");
    auto insert = db.prepare("INSERT INTO t (v) VALUES (?1)");
    const auto start = Stopwatch::now();
    for (int i = 0; i < commits; ++i) {
        insert->bind(1, u"row %1"_s.arg(i));
        if (!insert->run())
            qFatal("raw insert failed");
    }
    return commits / std::chrono::duration<double>(Stopwatch::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Durable queue operations against the raw SQLite commit rate."_s);
    parser.addHelpOption();
    const QCommandLineOption opsOption(u"ops"_s, u"Visits to issue, call and finish (default 2000)."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the databases (default: the current one)."_s, u"dir"_s, u"."_s);
    parser.addOptions({opsOption, dirOption});
    parser.process(app);
    const int visits = std::max(10, parser.value(opsOption).toInt());

    QTemporaryDir dir(QDir(parser.value(dirOption)).filePath(u"bench-XXXXXX"_s));
    const auto config = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_TEST_DATA "/config/test-office.toml"));
    auto store = SqliteQueueStore::open(dir.filePath(u"queue.sqlite"_s));
    if (!dir.isValid() || !config.config || !store)
        qFatal("cannot set up the benchmark");

    const double raw = rawCommitRate(dir.filePath(u"raw.sqlite"_s), 3 * visits);

    SystemClock clock;
    QueueEngine engine(*config.config, **store, clock);
    (void)engine.openCounter(2, u"bench"_s);
    IssueRequest request;
    request.services = {u"certificate"_s};
    request.channel = IssueChannel::Staff;
    Latencies issue, call, finish;
    const auto start = Stopwatch::now();
    for (int i = 0; i < visits; ++i) {
        auto t0 = Stopwatch::now();
        if (!engine.issue(request, u"bench"_s))
            qFatal("issue failed");
        auto t1 = Stopwatch::now();
        if (!engine.callNext(2, u"bench"_s))
            qFatal("call failed");
        auto t2 = Stopwatch::now();
        if (!engine.finish(2, {}, u"bench"_s))
            qFatal("finish failed");
        auto t3 = Stopwatch::now();
        issue.add(t1 - t0);
        call.add(t2 - t1);
        finish.add(t3 - t2);
    }
    const double seconds = std::chrono::duration<double>(Stopwatch::now() - start).count();
    const double engineRate = 3.0 * visits / seconds;

    std::printf("file system: %s\n", qPrintable(QDir(dir.path()).absolutePath()));
    std::printf("raw SQLite durable commits:      %9.0f /s  (WAL, synchronous=FULL, one insert per commit)\n", raw);
    std::printf("queue engine durable operations: %9.0f /s  (%d visits: issue + call + finish)\n", engineRate, visits);
    std::printf("ratio engine / raw:              %9.2f\n", engineRate / raw);
    std::printf("latency µs        p50      p99\n");
    std::printf("  issue      %8.0f %8.0f\n", issue.percentile(0.5), issue.percentile(0.99));
    std::printf("  call next  %8.0f %8.0f\n", call.percentile(0.5), call.percentile(0.99));
    std::printf("  finish     %8.0f %8.0f\n", finish.percentile(0.5), finish.percentile(0.99));
    return 0;
}
