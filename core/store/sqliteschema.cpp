#include "sqliteschema.h"

#include "common/translation.h"

#include "sqlitedatabase.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi::SqliteSchema {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add one.
constexpr std::array kMigrations = {
    R"sql(
CREATE TABLE office_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    office_day  TEXT
);
INSERT INTO office_state (id, office_day) VALUES (1, NULL);

CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    type      TEXT    NOT NULL,
    visit_id  INTEGER,
    step_id   INTEGER,
    counter   INTEGER,
    data      TEXT    NOT NULL
);
CREATE INDEX events_visit ON events (visit_id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TABLE visits (
    id                INTEGER PRIMARY KEY,
    day               TEXT    NOT NULL,
    prefix            TEXT    NOT NULL,
    round             INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    number            TEXT    NOT NULL,
    token             TEXT    NOT NULL UNIQUE,
    language          TEXT    NOT NULL,
    priority          INTEGER NOT NULL,
    needs             TEXT    NOT NULL,
    appointment_code  TEXT,
    appointment_due   INTEGER,
    issued_at         INTEGER NOT NULL,
    open              INTEGER NOT NULL,
    UNIQUE (day, prefix, round, sequence)
);
CREATE INDEX visits_open ON visits (open) WHERE open = 1;
CREATE INDEX visits_day ON visits (day);

CREATE TABLE steps (
    id              INTEGER PRIMARY KEY,
    visit_id        INTEGER NOT NULL REFERENCES visits (id),
    position        INTEGER NOT NULL,
    service         TEXT    NOT NULL,
    target_counter  INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    counter         INTEGER NOT NULL,
    queued_at       INTEGER,
    called_at       INTEGER,
    started_at      INTEGER,
    ended_at        INTEGER,
    outcome         TEXT    NOT NULL,
    recalls         INTEGER NOT NULL
);
CREATE INDEX steps_visit ON steps (visit_id, position);

CREATE TABLE counters (
    number           INTEGER PRIMARY KEY,
    status           TEXT    NOT NULL,
    priority_streak  INTEGER NOT NULL
);

CREATE TABLE sequences (
    prefix  TEXT    PRIMARY KEY,
    day     TEXT    NOT NULL,
    round   INTEGER NOT NULL,
    last    INTEGER NOT NULL
);
)sql",
    // 2: a retried issue (same Idempotency-Key) finds the visit it made.
    R"sql(
ALTER TABLE visits ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX visits_request_key ON visits (request_key) WHERE request_key IS NOT NULL;
)sql",
    // 3: device tokens, staff accounts and their sessions; only hashes of secrets are kept.
    R"sql(
CREATE TABLE devices (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    role        TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
CREATE TABLE staff (
    login          TEXT    PRIMARY KEY,
    role           TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE TABLE sessions (
    token_hash    TEXT    PRIMARY KEY,
    login         TEXT    NOT NULL REFERENCES staff (login) ON DELETE CASCADE,
    counter       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    ended_at      INTEGER
);
)sql",
};


/// True when the file exists, has content and does not start with the SQLite header.
bool hasForeignHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) != QByteArray("SQLite format 3\0", 16);
}

} // namespace

int currentVersion()
{
    return int(kMigrations.size());
}

StoreResult<Done> migrate(SqliteDatabase &db, const QString &path)
{
    // The version is read inside the write transaction: another process may have migrated meanwhile.
    for (;;) {
        int code = db.exec("BEGIN IMMEDIATE");
        const qint64 v = code == 0 ? db.queryInteger("PRAGMA user_version").value_or(-1) : -1;
        if (v >= currentVersion())
            return db.exec("COMMIT") == 0 ? StoreResult<Done>(Done{}) : StoreError{StoreErrorCode::WriteFailed, explainSqliteCode(db.errorCode())};
        if (code == 0 && v < 0)
            code = db.errorCode();
        if (code == 0) {
            qCInfo(lcStore) << "migrating schema from version" << v << "to" << v + 1;
            code = db.exec(kMigrations.at(size_t(v)));
        }
        if (code == 0) {
            const QByteArray stamp = "PRAGMA user_version = " + QByteArray::number(v + 1) + ";"
                                   + "PRAGMA application_id = " + QByteArray::number(kApplicationId) + ";";
            code = db.exec(stamp.constData());
        }
        if (code == 0)
            code = db.exec("COMMIT");
        if (code != 0) {
            const QString detail = explainSqliteCode(db.errorCode());
            db.exec("ROLLBACK");
            return StoreError{StoreErrorCode::WriteFailed,
                              StoreTr::tr("%1: could not upgrade the database to schema version %2: %3").arg(path).arg(v + 1).arg(detail)};
        }
    }
}

StoreResult<Done> openDatabase(SqliteDatabase &db, const QString &path)
{
    const auto damaged = [&path] {
        return StoreError{StoreErrorCode::Corrupt,
                          StoreTr::tr("%1 is damaged or is not a database; it was left untouched. Restore it from a backup "
                             "or move it away to start afresh.").arg(path)};
    };
    if (hasForeignHeader(path))
        return damaged();

    if (const int code = db.open(path, true); code != SQLITE_OK)
        return StoreError{StoreErrorCode::CannotOpen, StoreTr::tr("cannot open %1: %2").arg(path, explainSqliteCode(code))};
    db.exec("PRAGMA busy_timeout = 5000");

    const auto applicationId = db.queryInteger("PRAGMA application_id");
    const auto version = db.queryInteger("PRAGMA user_version");
    if (!applicationId || !version)
        return isCorruption(db.errorCode()) ? StoreResult<Done>(damaged())
                                            : StoreError{StoreErrorCode::CannotOpen,
                                                         StoreTr::tr("cannot open %1: %2").arg(path, explainSqliteCode(db.errorCode()))};
    const qint64 tables = db.queryInteger("SELECT count(*) FROM sqlite_schema").value_or(0);
    if ((*applicationId != 0 && *applicationId != kApplicationId) || (*applicationId == 0 && tables > 0))
        return StoreError{StoreErrorCode::NotMadoguchi,
                          StoreTr::tr("%1 is a database of another program, not of Madoguchi; it was left untouched.").arg(path)};
    if (*version > currentVersion())
        return StoreError{StoreErrorCode::NewerSchema,
                          StoreTr::tr("%1 was written by a newer Madoguchi (schema version %2; this version knows up to %3). "
                             "Install the newer Madoguchi or restore a backup.")
                              .arg(path).arg(*version).arg(currentVersion())};

    const auto check = db.queryText("PRAGMA quick_check");
    if (!check || *check != u"ok"_s) {
        qCWarning(lcStore) << "quick_check failed for" << path;
        return damaged();
    }
    if (db.queryText("PRAGMA journal_mode = WAL").value_or(QString()) != u"wal"_s
        || db.exec("PRAGMA synchronous = FULL") != SQLITE_OK || db.exec("PRAGMA foreign_keys = ON") != SQLITE_OK)
        return StoreError{StoreErrorCode::CannotOpen,
                          StoreTr::tr("cannot open %1 in write-ahead mode: %2").arg(path, explainSqliteCode(db.errorCode()))};

    return migrate(db, path);
}

} // namespace Madoguchi::SqliteSchema
