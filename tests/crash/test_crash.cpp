// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash test: a child process issues and calls tickets in a loop and is killed with SIGKILL at
// random moments, many times. After each kill, every acknowledged ticket and call must be in the
// database, numbering must go on without duplicates, and the file must pass integrity_check.
#include "testoffice.h"

#include "store/sqlitedatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>

#include <random>
#include <set>
#include <tuple>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Acknowledged {
    std::map<qint64, std::tuple<QString, QString, int, int>> issued; // visit id → day, prefix, round, sequence
    std::map<qint64, qint64> called;                                 // step id → visit id
};

void record(const QByteArray &line, Acknowledged &acked)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.value(0) == "issued" && parts.size() == 6)
        acked.issued[parts.at(1).toLongLong()] = {QString::fromLatin1(parts.at(2)), QString::fromLatin1(parts.at(3)), parts.at(4).toInt(),
                                                  parts.at(5).toInt()};
    else if (parts.value(0) == "called" && parts.size() == 3)
        acked.called[parts.at(2).toLongLong()] = parts.at(1).toLongLong();
}

/// Runs the worker until it has acknowledged `lines` operations, then kills it with SIGKILL.
void runAndKill(const QString &database, quint32 seed, int lines, Acknowledged &acked)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QStringLiteral(CRASH_WORKER),
                 {database, QStringLiteral(MADOGUCHI_TEST_DATA "/config/test-office.toml"), QString::number(seed)});
    REQUIRE(worker.waitForStarted());
    int seen = 0;
    while (seen < lines) {
        if (!worker.canReadLine()) {
            REQUIRE(worker.waitForReadyRead(30'000));
            continue;
        }
        record(worker.readLine(), acked);
        ++seen;
    }
    worker.kill(); // SIGKILL: no destructor, no flush, no clean close
    REQUIRE(worker.waitForFinished(30'000));
    CHECK(worker.exitStatus() == QProcess::CrashExit);
    // Lines written before the kill were acknowledged too.
    while (worker.canReadLine())
        record(worker.readLine(), acked);
}

} // namespace

TEST_CASE("every acknowledged ticket survives SIGKILL, numbering goes on without duplicates", "[crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString database = dir.filePath(u"queue.sqlite"_s);
    std::mt19937 random(20261121);
    Acknowledged acked;
    constexpr int kKills = 30;
    for (int round = 0; round < kKills; ++round) {
        INFO("kill " << round);
        runAndKill(database, random(), std::uniform_int_distribution<>(1, 80)(random), acked);

        SqliteDatabase db;
        REQUIRE(db.open(database, false) == 0);
        CHECK(db.queryText("PRAGMA integrity_check") == u"ok"_s);
        auto visits = db.prepare("SELECT day, prefix, round, sequence FROM visits WHERE id = ?1");
        REQUIRE(visits);
        for (const auto &[id, number] : acked.issued) {
            visits->bind(1, id);
            REQUIRE(visits->next());
            CHECK(std::tuple(visits->text(0), visits->text(1), int(visits->integer(2)), int(visits->integer(3))) == number);
            visits->reset();
        }
        auto steps = db.prepare("SELECT visit_id, state FROM steps WHERE id = ?1");
        REQUIRE(steps);
        for (const auto &[step, visit] : acked.called) {
            steps->bind(1, step);
            REQUIRE(steps->next());
            CHECK(steps->integer(0) == visit);
            CHECK(steps->text(1) != u"waiting"_s);
            steps->reset();
        }
        CHECK(db.queryInteger("SELECT count(*) FROM (SELECT 1 FROM visits GROUP BY day, prefix, round, sequence "
                              "HAVING count(*) > 1)")
              == 0);
        CHECK(db.queryInteger("SELECT count(*) FROM steps WHERE state IN ('called', 'serving') "
                              "GROUP BY counter HAVING count(*) > 1")
                  .value_or(0)
              == 0);
    }
    std::set<std::tuple<QString, QString, int, int>> unique;
    for (const auto &[id, number] : acked.issued)
        CHECK(unique.insert(number).second);
    CHECK(acked.issued.size() > size_t(kKills));

    // The database still opens as a queue store after all this.
    EngineFixture f;
    f.path = database;
    f.reopen();
    CHECK(f.store->integrityCheck() == u"ok"_s);
}
