#include "testoffice.h"

#include "store/sqlitedatabase.h"
#include "store/queueschema.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the store runs in WAL mode with synchronous=FULL", "[store]")
{
    EngineFixture f;
    CHECK(f.store->durability() == u"journal_mode=wal synchronous=2"_s);
    CHECK(f.store->integrityCheck() == u"ok"_s);
}

TEST_CASE("an acknowledged operation is committed before it returns", "[store]")
{
    EngineFixture f;
    const Visit visit = f.issue({u"moving"_s});
    // A second connection sees only committed transactions.
    SqliteDatabase other;
    REQUIRE(other.open(f.path, false) == 0);
    CHECK(other.queryText("SELECT number FROM visits WHERE id = 1") == visit.number);
    CHECK(other.queryInteger("SELECT count(*) FROM events WHERE type = 'visit.issued'") == 1);
}

TEST_CASE("the event log is append-only, even for other connections", "[store]")
{
    EngineFixture f;
    f.issue({u"moving"_s});
    SqliteDatabase other;
    REQUIRE(other.open(f.path, false) == 0);
    CHECK(other.exec("UPDATE events SET actor = 'someone else'") != 0);
    CHECK(other.errorMessage() == u"the event log is append-only"_s);
    CHECK(other.exec("DELETE FROM events") != 0);
    CHECK(other.queryInteger("SELECT count(*) FROM events") == 1);
}

TEST_CASE("a reopened store gives back exactly the state that was committed", "[store]")
{
    EngineFixture f;
    f.openAll();
    f.issue({u"moving"_s, u"certificate"_s});
    f.issue({u"certificate"_s}, PriorityClass::Priority);
    IssueRequest booked{{u"tax"_s}, u"en"_s, PriorityClass::Regular, Needs(Need::Wheelchair) | Need::Interpreter,
                        Appointment{u"R-1234"_s, tokyo(2026, 11, 24, 10, 30)}, IssueChannel::Staff, {}};
    REQUIRE(f.engine->issue(booked, u"kiosk"_s).ok());
    REQUIRE(f.engine->callNext(1, u"c1"_s).ok());
    REQUIRE(f.engine->transfer(1, TransferTarget{u"tax"_s, 4, false}, u"c1"_s).ok());
    REQUIRE(f.engine->callNext(3, u"c3"_s).ok());
    REQUIRE(f.engine->park(3, u"c3"_s).ok());
    REQUIRE(f.engine->pauseCounter(2, u"c2"_s).ok());
    const QueueState before = f.engine->state();
    f.reopen();
    CHECK(f.engine->state() == before);
    const QueueState after = f.engine->state();
    const Visit *booking = after.visit(3);
    REQUIRE(booking);
    REQUIRE(booking->appointment);
    CHECK(booking->appointment->code == u"R-1234"_s);
    CHECK(booking->appointment->due.toString(Qt::ISODateWithMs) == tokyo(2026, 11, 24, 10, 30).toString(Qt::ISODateWithMs));
    CHECK(booking->needs == (Needs(Need::Wheelchair) | Need::Interpreter));
}

TEST_CASE("events are read back in order, page by page", "[store]")
{
    EngineFixture f;
    f.openAll();
    for (int i = 0; i < 5; ++i)
        f.issue({u"certificate"_s});
    const auto all = f.store->events(0, 100);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 10);
    const auto page = f.store->events(all->at(3).id, 4);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 4);
    CHECK(page->first() == all->at(4));
    CHECK(page->last() == all->at(7));
}

TEST_CASE("a database written by a newer schema is refused with a clear message", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    REQUIRE(SqliteQueueStore::open(path).ok());
    {
        SqliteDatabase db;
        REQUIRE(db.open(path, false) == 0);
        REQUIRE(db.exec("PRAGMA user_version = 99") == 0);
    }
    const auto opened = SqliteQueueStore::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == StoreErrorCode::NewerSchema);
    CHECK(opened.error().message
          == u"%1 was written by a newer Madoguchi (schema version 99; this version knows up to %2). "
             "Install the newer Madoguchi or restore a backup."_s.arg(path).arg(queueSchema().currentVersion()));
}

TEST_CASE("a damaged or foreign file is reported and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.sqlite"_s);

    SECTION("not a database at all")
    {
        write(path, QByteArray("madoguchi? no, a shopping list\n").repeated(200));
        const QByteArray bytes = readAll(path);
        const auto opened = SqliteQueueStore::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreErrorCode::Corrupt);
        CHECK(opened.error().message.startsWith(path + u" is damaged or is not a database; it was left untouched."_s));
        CHECK(readAll(path) == bytes);
    }
    SECTION("a Madoguchi database with damaged pages")
    {
        {
            EngineFixture f;
            f.path = path;
            f.reopen();
            for (int i = 0; i < 300; ++i)
                f.issue({u"certificate"_s});
        }
        QByteArray bytes = readAll(path);
        REQUIRE(bytes.size() > 8 * 4096);
        for (qsizetype i = 4 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char(0x5A);
        write(path, bytes);
        const auto opened = SqliteQueueStore::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreErrorCode::Corrupt);
        CHECK(readAll(path) == bytes);
    }
    SECTION("another program's database")
    {
        {
            SqliteDatabase db;
            REQUIRE(db.open(path, true) == 0);
            REQUIRE(db.exec("CREATE TABLE recipes (name TEXT)") == 0);
        }
        const QByteArray bytes = readAll(path);
        const auto opened = SqliteQueueStore::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreErrorCode::NotMadoguchi);
        CHECK(readAll(path) == bytes);
    }
    SECTION("a directory that does not exist")
    {
        const auto opened = SqliteQueueStore::open(dir.filePath(u"missing/queue.sqlite"_s));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == StoreErrorCode::CannotOpen);
    }
}
