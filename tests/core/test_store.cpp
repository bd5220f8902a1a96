// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuestorecontract.h"
#include "testoffice.h"

#include "store/queueschema.h"
#include "store/sqlitedatabase.h"

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

TEST_CASE("the SQLite queue store keeps the QueueStore contract", "[store][contract]")
{
    QTemporaryDir dir;
    checkQueueStoreContract([&]() -> std::unique_ptr<QueueStore> {
        auto opened = SqliteQueueStore::open(dir.filePath(u"queue.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
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
             "Install the newer Madoguchi or restore a backup."_s.arg(path)
                 .arg(queueSchema().currentVersion()));
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
