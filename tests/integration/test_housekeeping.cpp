// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server's nightly work in the test's own process on a manual clock: the close of an office day
// left open (at its time, or at the next start when the server was off), which ends abandoned visits
// and deletes their notice addresses; the retention purge; and the longest waits it reports, by its
// own clock.
#include "liveoffice.h"

#include "server/housekeeping.h"
#include "server/officeserver.h"
#include "store/sqlitedatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTimeZone>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

QDateTime tokyo(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Tokyo")).toUTC();
}

void closeAtTenAtNight(OfficeConfig &office)
{
    office.retention.closeDayAtMinutes = 22 * 60;
    office.server.notify.webhook.url = u"http://127.0.0.1:9/hook"_s; // nothing listens: notices stay pending
    office.server.publicUrl = u"http://127.0.0.1:8080"_s;
}

/// A read of the office's databases as an auditor would make it.
qint64 count(const QString &path, const char *sql)
{
    SqliteDatabase db;
    REQUIRE(db.open(path, false) == 0);
    const auto value = db.queryInteger(sql);
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("at the day's close time the visits left open end, their notice addresses go, and the day stays closed", "[server][retention]")
{
    LiveOffice o({}, closeAtTenAtNight);
    const QString queue = OfficeServer::databasePath(o.dir.path());
    const QString notices = OfficeServer::noticesPath(o.dir.path());
    const QJsonObject first = o.issue();
    const QString waiting = o.issue().value(u"token"_s).toString();
    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/start"_s, o.clerk).status == 200); // and never finished
    REQUIRE(o.call("POST", u"/api/v1/status/%1/notify"_s.arg(waiting), {},
                   {{u"channel"_s, u"webhook"_s}, {u"address"_s, u"+81 80-0000-1111"_s}})
                .status
            == 201);
    CHECK(count(notices, "SELECT count(*) FROM subscriptions") == 1);

    const QDate day(2026, 11, 24);
    o.clock.set(tokyo(day, 21, 59));
    o.server->housekeeping().run();
    CHECK(count(queue, "SELECT count(*) FROM visits WHERE open = 1") == 2);

    o.clock.set(tokyo(day, 22, 0));
    o.server->housekeeping().run();
    CHECK(count(queue, "SELECT count(*) FROM visits WHERE open = 1") == 0);
    CHECK(count(queue, "SELECT count(*) FROM steps WHERE outcome = 'day-closed'") == 2);
    CHECK(count(queue, "SELECT count(*) FROM counters WHERE status <> 'closed'") == 0);
    CHECK(count(queue, "SELECT count(*) FROM events WHERE type = 'day.closed' AND actor = 'system'") == 1);
    CHECK(count(notices, "SELECT count(*) FROM subscriptions") == 0);
    const qint64 events = count(queue, "SELECT count(*) FROM events");
    o.clock.set(tokyo(day, 23, 30));
    o.server->housekeeping().run();
    CHECK(count(queue, "SELECT count(*) FROM events") == events); // closed once

    // Next morning a counter opens before the first ticket: the closed day does not close it again,
    // and the first ticket starts the new day's numbering.
    o.clock.set(tokyo(day.addDays(1), 8, 0));
    o.clerk = o.login(u"clerk1"_s, 1);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/open"_s, o.clerk).status == 200);
    o.server->housekeeping().run();
    CHECK(count(queue, "SELECT count(*) FROM counters WHERE number = 1 AND status = 'open'") == 1);
    CHECK(o.issue().value(u"number"_s) == first.value(u"number"_s));
}

TEST_CASE("a day left open while the server was off is closed at the next start, and old records are purged then", "[server][retention]")
{
    const QString open = u"SELECT count(*) FROM visits WHERE open = 1"_s;
    LiveOffice o({}, closeAtTenAtNight);
    const QString queue = OfficeServer::databasePath(o.dir.path());
    o.issue();
    o.issue();
    CHECK(count(queue, open.toLatin1().constData()) == 2);

    o.server.reset(); // the machine is switched off for the night
    o.clock.set(tokyo(QDate(2026, 11, 25), 8, 15));
    o.restart();
    CHECK(count(queue, open.toLatin1().constData()) == 0);
    CHECK(count(queue, "SELECT count(*) FROM steps WHERE outcome = 'day-closed'") == 2);
    CHECK(count(queue, "SELECT count(*) FROM visits") == 2); // within the 90 days kept

    o.server.reset();
    o.clock.set(tokyo(QDate(2027, 3, 1), 8, 15)); // 96 days later
    o.restart();
    CHECK(count(queue, "SELECT count(*) FROM visits") == 0);
    CHECK(count(queue, "SELECT count(*) FROM steps") == 0);
    CHECK(count(queue, "SELECT count(*) FROM events") == 1); // the newest stays, so that ids keep growing
    CHECK(count(queue, "SELECT count(*) FROM sessions") == 0);
    CHECK(count(queue, "SELECT count(*) FROM auth_audit") > 0); // kept for a year
}

TEST_CASE("the queues' longest wait is counted by the server's clock, and parked numbers are listed", "[server][queues]")
{
    LiveOffice o;
    const auto certificates = [&] {
        const QJsonArray services = o.call("GET", u"/api/v1/services"_s, o.clerk).json().value(u"services"_s).toArray();
        for (const QJsonValue &service : services) {
            if (service.toObject().value(u"code"_s) == u"certificate"_s)
                return service.toObject();
        }
        return QJsonObject{};
    };
    CHECK(certificates().value(u"longestWaitSeconds"_s).isNull()); // nobody waits
    const QString first = o.issue().value(u"number"_s).toString();
    o.clock.advance(5 * 60 * 1000);
    o.issue();
    o.clock.advance(90 * 1000);
    CHECK(certificates().value(u"longestWaitSeconds"_s).toInt() == 6 * 60 + 30);

    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.call("POST", u"/api/v1/counters/1/park"_s, o.clerk).status == 200);
    const QJsonObject after = certificates();
    CHECK(after.value(u"longestWaitSeconds"_s).toInt() == 90); // the second visitor's wait now
    CHECK(after.value(u"parked"_s).toArray() == QJsonArray{first});
}
