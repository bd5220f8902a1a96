// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueschema.h"

#include <array>

namespace Madoguchi {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add one.
constexpr std::array<const char *, 7> kMigrations = {
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
    // 4: reservations (予約) and calls for a clerk from the kiosks. No personal data: a reservation's
    // code is the only link to its visitor.
    R"sql(
CREATE TABLE appointments (
    code        TEXT    PRIMARY KEY,
    service     TEXT    NOT NULL,
    due         INTEGER NOT NULL,
    day         TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    booked_at   INTEGER NOT NULL,
    booked_by   TEXT    NOT NULL,
    changed_at  INTEGER
);
CREATE INDEX appointments_slot ON appointments (service, due);
CREATE INDEX appointments_day ON appointments (day);

CREATE TABLE assistance_calls (
    id            INTEGER PRIMARY KEY,
    kiosk         TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    requested_at  INTEGER NOT NULL,
    answered_by   TEXT,
    answered_at   INTEGER
);
CREATE INDEX assistance_calls_open ON assistance_calls (day) WHERE answered_at IS NULL;
)sql",
    // 5: device tokens can be revoked and staff accounts disabled; every login, logout, failure and
    // change of credentials is recorded (who, from where, when; never a password or token).
    R"sql(
ALTER TABLE devices ADD COLUMN revoked_at INTEGER;
ALTER TABLE staff ADD COLUMN disabled_at INTEGER;
CREATE TABLE auth_audit (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    event    TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    address  TEXT    NOT NULL
);
CREATE INDEX auth_audit_at ON auth_audit (at);
)sql",
    // 6: an office day knows that it was closed; old records are purged after their retention. The
    // event log stays append-only except for that purge, which names its cut-off in office_state
    // for the length of its transaction; the ids a purge frees are never handed out again.
    R"sql(
ALTER TABLE office_state ADD COLUMN day_closed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE office_state ADD COLUMN purge_before INTEGER;
ALTER TABLE office_state ADD COLUMN last_visit_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE office_state ADD COLUMN last_step_id INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER events_no_delete;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    WHEN OLD.at >= coalesce((SELECT purge_before FROM office_state WHERE id = 1), -9223372036854775807)
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only; only the retention purge deletes old events'); END;
)sql",
    // 7: one-stop visits routed by the life-event guide: a step names the guide's procedures it does
    // and the services it waits for; a routed visit chooses its next step when one ends.
    R"sql(
ALTER TABLE visits ADD COLUMN routed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE steps ADD COLUMN procedures TEXT NOT NULL DEFAULT '';
ALTER TABLE steps ADD COLUMN after_services TEXT NOT NULL DEFAULT '';
)sql",
};

} // namespace

const SqliteSchema &queueSchema()
{
    static const SqliteSchema schema{0x4D41444F /* "MADO" */, kMigrations};
    return schema;
}

} // namespace Madoguchi
