// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The retention purge on a real SQLite file: what is old and closed goes, open visits stay, the
// event log still refuses every other deletion, and ids a purge frees are never handed out again;
// and the overnight close of a day that was left with a visitor at a counter.
#include "testoffice.h"

#include "store/retentionpurge.h"
#include "store/sqlitedatabase.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

qint64 count(SqliteDatabase &db, const QByteArray &sql)
{
    const auto value = db.queryInteger(sql.constData());
    REQUIRE(value);
    return *value;
}

/// Rows of every other kind the purge looks after, one old and one recent of each.
void addOldAndRecentRecords(const QString &path, const QDateTime &old, const QDateTime &recent)
{
    SqliteDatabase db;
    REQUIRE(db.open(path, false) == 0);
    for (const QDateTime &at : {old, recent}) {
        const QByteArray day = at.toTimeZone(QTimeZone("Asia/Tokyo")).date().toString(Qt::ISODate).toLatin1();
        const QByteArray ms = QByteArray::number(at.toMSecsSinceEpoch());
        const QByteArray code = "R" + ms;
        const QByteArray sql = "INSERT INTO appointments (code, service, due, day, language, state, booked_at, booked_by) VALUES ('" + code
            + "', 'moving', " + ms + ", '" + day + "', 'ja', 'booked', " + ms
            + ", 'web');"
              "INSERT INTO assistance_calls (kiosk, language, day, requested_at) VALUES ('kiosk-1', 'ja', '"
            + day + "', " + ms
            + ");"
              "INSERT OR IGNORE INTO staff (login, role, password_hash, created_at) VALUES ('sato', 'clerk', 'x', 0);"
              "INSERT INTO sessions (token_hash, login, counter, created_at, last_used_at) VALUES ('h"
            + ms + "', 'sato', 1, " + ms + ", " + ms
            + ");"
              "INSERT INTO auth_audit (at, event, name, address) VALUES ("
            + ms + ", 'login', 'sato', '127.0.0.1');";
        REQUIRE(db.exec(sql.constData()) == 0);
    }
}

} // namespace

TEST_CASE("the purge deletes old closed visits and their records, keeps open ones and never reuses an id", "[store][retention]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s});
    f.issue({u"certificate"_s, u"tax"_s});
    REQUIRE(f.engine->closeDay(u"supervisor"_s).value() == 2);
    const Visit kept = f.issue({u"tax"_s}); // issued after the close, left open for months
    const QDateTime dayOne = f.clock.now();

    f.clock.set(dayOne.addDays(100));
    const Visit recent = f.issue({u"moving"_s});
    addOldAndRecentRecords(f.path, dayOne, f.clock.now());
    SqliteDatabase db;
    REQUIRE(db.open(f.path, false) == 0);
    const qint64 eventsBefore = count(db, "SELECT count(*) FROM events");
    const qint64 newestEvent = count(db, "SELECT max(id) FROM events");

    auto purge = RetentionPurge::open(f.path);
    REQUIRE(purge);
    const QDateTime now = f.clock.now();
    const auto purged = (*purge)->purge({f.office.officeDate(now).addDays(-90), now.addDays(-90), now.addDays(-365)});
    REQUIRE(purged);
    CHECK(purged->visits == 2);
    CHECK(purged->appointments == 1);
    CHECK(purged->assistanceCalls == 1);
    CHECK(purged->sessions == 1);
    CHECK(purged->auditRecords == 0); // 100 days is within the audit's year
    CHECK(purged->events > 0);
    CHECK(count(db, "SELECT count(*) FROM events") == eventsBefore - purged->events);
    CHECK(count(db, "SELECT max(id) FROM events") == newestEvent);
    CHECK(count(db, "SELECT count(*) FROM events WHERE at < " + QByteArray::number(now.addDays(-90).toMSecsSinceEpoch())) == 0);
    CHECK(count(db, "SELECT count(*) FROM visits") == 2);
    CHECK(count(db, "SELECT count(*) FROM steps WHERE visit_id NOT IN (SELECT id FROM visits)") == 0);
    CHECK(count(db, "SELECT count(*) FROM appointments") == 1);
    CHECK(count(db, "SELECT count(*) FROM auth_audit") == 2);

    // Outside a purge the log still refuses deletions, of old events as much as of new ones.
    CHECK(db.exec("DELETE FROM events") != 0);
    CHECK(db.errorMessage().contains(u"append-only"_s));
    CHECK(count(db, "SELECT count(*) FROM events") == eventsBefore - purged->events);

    // The open visit and the recent one are still there after a restart; a new visit gets a new id
    // even when the newest ones were purged.
    f.reopen();
    const QueueState state = f.engine->state();
    CHECK(state.openVisits == std::set<VisitId>{kept.id, recent.id});
    REQUIRE(f.engine->cancel(kept.number, u"supervisor"_s));
    REQUIRE(f.engine->cancel(recent.number, u"supervisor"_s));
    f.clock.set(now.addDays(200));
    const QDateTime later = f.clock.now();
    REQUIRE((*purge)->purge({f.office.officeDate(later).addDays(-1), later.addDays(-1), later.addDays(-1)}));
    CHECK(count(db, "SELECT count(*) FROM visits") == 0);
    CHECK(count(db, "SELECT count(*) FROM auth_audit") == 0);
    f.reopen();
    const Visit next = f.issue({u"moving"_s});
    CHECK(next.id == recent.id + 1);
    CHECK(next.steps.first().id > recent.steps.first().id);
}

TEST_CASE("the overnight close ends a visit left at a counter too, and a closed day stays closed", "[engine][day][retention]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s});
    f.issue({u"certificate"_s});
    REQUIRE(f.engine->callNext(1, u"c1"_s));
    REQUIRE(f.engine->start(1, u"c1"_s));
    CHECK(f.engine->closeDay(u"supervisor"_s).error().code == QueueErrorCode::CounterBusy);
    CHECK_FALSE(f.engine->state().dayClosed);

    const auto closed = f.engine->closeDay(u"system"_s, QueueEngine::DayClosing::Overnight);
    REQUIRE(closed);
    CHECK(*closed == 2);
    QueueState state = f.engine->state();
    CHECK(state.dayClosed);
    CHECK_FALSE(state.hasOpenVisits());
    CHECK(state.stepAtCounter(1) == nullptr);
    for (const auto &[id, visit] : state.visits)
        CHECK(visit.steps.first().outcome == u"day-closed"_s);

    f.reopen(); // the store remembers that the day was closed
    CHECK(f.engine->state().dayClosed);
    f.clock.set(f.clock.now().addDays(1));
    const Visit tomorrow = f.issue({u"moving"_s});
    CHECK(tomorrow.day == f.office.officeDate(f.clock.now()));
    CHECK_FALSE(f.engine->state().dayClosed);
}
