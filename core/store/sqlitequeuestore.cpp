// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitequeuestore.h"

#include "common/translation.h"

#include "queueschema.h"

#include "common/logging.h"
#include "queue/queuejson.h"
#include "queue/statechange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

std::optional<qint64> msecs(const QDateTime &instant)
{
    return instant.isValid() ? std::optional(instant.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime instant(std::optional<qint64> msecs)
{
    return msecs ? QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC) : QDateTime();
}

} // namespace

struct SqliteQueueStore::Statements {
    SqliteStatement insertEvent;
    SqliteStatement upsertVisit;
    SqliteStatement upsertStep;
    SqliteStatement upsertCounter;
    SqliteStatement upsertSequence;
    SqliteStatement setOfficeDay;
    SqliteStatement setDayClosed;
    SqliteStatement selectEvents;
};

SqliteQueueStore::SqliteQueueStore(QString path)
    : m_path(std::move(path))
{
}

SqliteQueueStore::~SqliteQueueStore()
{
    m_statements.reset();
    m_db.close();
}

StoreResult<std::unique_ptr<SqliteQueueStore>> SqliteQueueStore::open(const QString &path)
{
    std::unique_ptr<SqliteQueueStore> store(new SqliteQueueStore(path));
    if (auto opened = queueSchema().open(store->m_db, path); !opened)
        return opened.error();
    if (auto prepared = store->prepareStatements(); !prepared)
        return prepared.error();
    qCInfo(lcStore) << "opened" << QFileInfo(path).absoluteFilePath() << "schema" << queueSchema().currentVersion();
    return store;
}

StoreResult<Done> SqliteQueueStore::prepareStatements()
{
    auto prepare = [this](const char *sql, SqliteStatement &target) {
        auto statement = m_db.prepare(sql);
        if (statement)
            target = std::move(*statement);
        return statement.has_value();
    };
    m_statements = std::make_unique<Statements>();
    Statements &s = *m_statements;
    const bool ok =
        prepare("INSERT INTO events (at, actor, type, visit_id, step_id, counter, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", s.insertEvent)
        && prepare("INSERT INTO visits (id, day, prefix, round, sequence, number, token, language, priority, needs, "
                   "appointment_code, appointment_due, issued_at, open, request_key, routed) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
                   "ON CONFLICT (id) DO UPDATE SET open = excluded.open",
                   s.upsertVisit)
        && prepare("INSERT INTO steps (id, visit_id, position, service, target_counter, state, counter, queued_at, "
                   "called_at, started_at, ended_at, outcome, recalls, procedures, after_services) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                   "ON CONFLICT (id) DO UPDATE SET position = excluded.position, state = excluded.state, "
                   "counter = excluded.counter, queued_at = excluded.queued_at, called_at = excluded.called_at, "
                   "started_at = excluded.started_at, ended_at = excluded.ended_at, outcome = excluded.outcome, "
                   "recalls = excluded.recalls",
                   s.upsertStep)
        && prepare("INSERT INTO counters (number, status, priority_streak) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT (number) DO UPDATE SET status = excluded.status, priority_streak = excluded.priority_streak",
                   s.upsertCounter)
        && prepare("INSERT INTO sequences (prefix, day, round, last) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (prefix) DO UPDATE SET day = excluded.day, round = excluded.round, last = excluded.last",
                   s.upsertSequence)
        && prepare("UPDATE office_state SET office_day = ?1 WHERE id = 1", s.setOfficeDay)
        && prepare("UPDATE office_state SET day_closed = ?1 WHERE id = 1", s.setDayClosed)
        && prepare("SELECT id, at, actor, type, visit_id, step_id, counter, data FROM events WHERE id > ?1 ORDER BY id LIMIT ?2",
                   s.selectEvents);
    if (!ok)
        return StoreError{StoreErrorCode::CannotOpen, StoreTr::tr("cannot prepare %1: %2").arg(m_path, m_db.errorMessage())};
    return Done{};
}

StoreResult<QList<Event>> SqliteQueueStore::commit(const QList<Event> &events, const StateChange &change)
{
    std::lock_guard lock(m_mutex);
    QList<Event> stored = events;
    bool ok = m_db.exec("BEGIN IMMEDIATE") == SQLITE_OK;
    int failure = ok ? SQLITE_OK : m_db.errorCode();
    if (ok) {
        SqliteStatement &insert = m_statements->insertEvent;
        for (Event &event : stored) {
            insert.bind(1, event.at.toMSecsSinceEpoch());
            insert.bind(2, event.actor);
            insert.bind(3, eventTypeName(event.type));
            insert.bindOptional(4, event.visit ? std::optional(event.visit) : std::nullopt);
            insert.bindOptional(5, event.step ? std::optional(event.step) : std::nullopt);
            insert.bindOptional(6, event.counter ? std::optional<qint64>(event.counter) : std::nullopt);
            insert.bind(7, QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
            if (!(ok = insert.run()))
                break;
            event.id = m_db.lastInsertId();
        }
        ok = ok && writeChange(change);
        if (!ok)
            failure = m_db.errorCode();
        ok = ok && m_db.exec("COMMIT") == SQLITE_OK;
        if (!ok && failure == SQLITE_OK)
            failure = m_db.errorCode();
    }
    if (!ok) {
        m_db.exec("ROLLBACK");
        qCWarning(lcStore) << "commit failed:" << failure << m_db.errorMessage();
        return StoreError{StoreErrorCode::WriteFailed, explainSqliteCode(failure)};
    }
    return stored;
}

bool SqliteQueueStore::writeChange(const StateChange &change)
{
    Statements &s = *m_statements;
    for (const auto &[id, visit] : change.visits()) {
        SqliteStatement &v = s.upsertVisit;
        v.bind(1, visit.id);
        v.bind(2, visit.day.toString(Qt::ISODate));
        v.bind(3, visit.prefix);
        v.bind(4, visit.round);
        v.bind(5, visit.sequence);
        v.bind(6, visit.number);
        v.bind(7, visit.token);
        v.bind(8, visit.language);
        v.bind(9, qint64(visit.priority));
        v.bind(10, needNames(visit.needs).join(u','));
        if (visit.appointment) {
            v.bind(11, visit.appointment->code);
            v.bindOptional(12, msecs(visit.appointment->due));
        }
        v.bind(13, visit.issuedAt.toMSecsSinceEpoch());
        v.bind(14, visit.isOpen() ? 1 : 0);
        if (visit.requestKey.isEmpty())
            v.bindNull(15);
        else
            v.bind(15, visit.requestKey);
        v.bind(16, visit.routed ? 1 : 0);
        if (!v.run())
            return false;
        for (qsizetype position = 0; position < visit.steps.size(); ++position) {
            const Step &step = visit.steps.at(position);
            SqliteStatement &st = s.upsertStep;
            st.bind(1, step.id);
            st.bind(2, visit.id);
            st.bind(3, position);
            st.bind(4, step.service);
            st.bind(5, step.targetCounter);
            st.bind(6, stepStateName(step.state));
            st.bind(7, step.counter);
            st.bindOptional(8, msecs(step.queuedAt));
            st.bindOptional(9, msecs(step.calledAt));
            st.bindOptional(10, msecs(step.startedAt));
            st.bindOptional(11, msecs(step.endedAt));
            st.bind(12, step.outcome);
            st.bind(13, step.recalls);
            st.bind(14, step.procedures.join(u','));
            st.bind(15, step.after.join(u','));
            if (!st.run())
                return false;
        }
    }
    for (const auto &[number, counter] : change.counters()) {
        s.upsertCounter.bind(1, number);
        s.upsertCounter.bind(2, counterStatusName(counter.status));
        s.upsertCounter.bind(3, counter.priorityStreak);
        if (!s.upsertCounter.run())
            return false;
    }
    for (const auto &[prefix, sequence] : change.sequences()) {
        s.upsertSequence.bind(1, prefix);
        s.upsertSequence.bind(2, sequence.day.toString(Qt::ISODate));
        s.upsertSequence.bind(3, sequence.round);
        s.upsertSequence.bind(4, sequence.last);
        if (!s.upsertSequence.run())
            return false;
    }
    if (const auto day = change.officeDay()) {
        s.setOfficeDay.bind(1, day->toString(Qt::ISODate));
        if (!s.setOfficeDay.run())
            return false;
    }
    if (const auto closed = change.dayClosed()) {
        s.setDayClosed.bind(1, *closed ? 1 : 0);
        if (!s.setDayClosed.run())
            return false;
    }
    return true;
}

StoreError SqliteQueueStore::readError(const QString &what) const
{
    const int code = m_db.errorCode();
    return StoreError{isCorruption(code) ? StoreErrorCode::Corrupt : StoreErrorCode::ReadFailed,
                      StoreTr::tr("cannot read %1 from %2: %3").arg(what, m_path, explainSqliteCode(code))};
}

StoreResult<QueueState> SqliteQueueStore::loadState()
{
    std::lock_guard lock(m_mutex);
    QueueState state;
    const auto day = m_db.queryText("SELECT coalesce(office_day, '') FROM office_state WHERE id = 1");
    if (!day)
        return readError(StoreTr::tr("the office day"));
    state.officeDay = QDate::fromString(*day, Qt::ISODate);
    state.dayClosed = m_db.queryInteger("SELECT day_closed FROM office_state WHERE id = 1").value_or(0) != 0;
    // A purge may have deleted the newest rows; office_state remembers the ids it freed.
    state.lastVisitId = m_db.queryInteger("SELECT max(coalesce((SELECT max(id) FROM visits), 0), last_visit_id) "
                                          "FROM office_state WHERE id = 1")
                            .value_or(0);
    state.lastStepId = m_db.queryInteger("SELECT max(coalesce((SELECT max(id) FROM steps), 0), last_step_id) "
                                         "FROM office_state WHERE id = 1")
                           .value_or(0);

    auto visits = m_db.prepare(
        "SELECT id, day, prefix, round, sequence, number, token, language, priority, needs, "
        "appointment_code, appointment_due, issued_at, coalesce(request_key, ''), routed FROM visits WHERE open = 1 OR day = ?1");
    auto steps = m_db.prepare("SELECT s.id, s.visit_id, s.service, s.target_counter, s.state, s.counter, s.queued_at, "
                              "s.called_at, s.started_at, s.ended_at, s.outcome, s.recalls, s.procedures, s.after_services FROM steps s "
                              "JOIN visits v ON v.id = s.visit_id WHERE v.open = 1 OR v.day = ?1 "
                              "ORDER BY s.visit_id, s.position");
    auto counters = m_db.prepare("SELECT number, status, priority_streak FROM counters");
    auto sequences = m_db.prepare("SELECT prefix, day, round, last FROM sequences");
    if (!visits || !steps || !counters || !sequences)
        return readError(StoreTr::tr("the queue"));
    visits->bind(1, *day);
    while (visits->next()) {
        Visit v;
        v.id = visits->integer(0);
        v.day = QDate::fromString(visits->text(1), Qt::ISODate);
        v.prefix = visits->text(2);
        v.round = int(visits->integer(3));
        v.sequence = int(visits->integer(4));
        v.number = visits->text(5);
        v.token = visits->text(6);
        v.language = visits->text(7);
        v.priority = visits->integer(8) == 1 ? PriorityClass::Priority : PriorityClass::Regular;
        v.needs = needsFromNames(visits->text(9).split(u',', Qt::SkipEmptyParts)).value_or(Needs());
        if (const QString code = visits->text(10); !code.isEmpty())
            v.appointment = Appointment{code, instant(visits->optionalInteger(11))};
        v.issuedAt = instant(visits->integer(12));
        v.requestKey = visits->text(13);
        v.routed = visits->integer(14) != 0;
        state.visits.emplace(v.id, v);
    }
    steps->bind(1, *day);
    while (steps->next()) {
        Step st;
        st.id = steps->integer(0);
        st.visit = steps->integer(1);
        st.service = steps->text(2);
        st.targetCounter = int(steps->integer(3));
        const auto stepState = stepStateFromName(steps->text(4));
        if (!stepState)
            return StoreError{StoreErrorCode::ReadFailed, StoreTr::tr("%1 holds a step in unknown state '%2'").arg(m_path, steps->text(4))};
        st.state = *stepState;
        st.counter = int(steps->integer(5));
        st.queuedAt = instant(steps->optionalInteger(6));
        st.calledAt = instant(steps->optionalInteger(7));
        st.startedAt = instant(steps->optionalInteger(8));
        st.endedAt = instant(steps->optionalInteger(9));
        st.outcome = steps->text(10);
        st.recalls = int(steps->integer(11));
        st.procedures = steps->text(12).split(u',', Qt::SkipEmptyParts);
        st.after = steps->text(13).split(u',', Qt::SkipEmptyParts);
        state.visits[st.visit].steps.append(st);
    }
    while (counters->next()) {
        const int number = int(counters->integer(0));
        state.counters.emplace(
            number,
            CounterState{number, counterStatusFromName(counters->text(1)).value_or(CounterStatus::Closed), int(counters->integer(2))});
    }
    while (sequences->next()) {
        const QString prefix = sequences->text(0);
        state.sequences.emplace(prefix,
                                NumberSequence{prefix, QDate::fromString(sequences->text(1), Qt::ISODate), int(sequences->integer(2)),
                                               int(sequences->integer(3))});
    }
    for (const auto *statement : {&*visits, &*steps, &*counters, &*sequences}) {
        if (statement->errorCode() != SQLITE_DONE)
            return readError(StoreTr::tr("the queue"));
    }
    state.rebuildOpenIndex();
    return state;
}

StoreResult<QList<Event>> SqliteQueueStore::events(qint64 afterId, int limit) const
{
    std::lock_guard lock(m_mutex);
    SqliteStatement &select = m_statements->selectEvents;
    select.bind(1, afterId);
    select.bind(2, limit);
    QList<Event> result;
    while (select.next()) {
        Event event;
        event.id = select.integer(0);
        event.at = instant(select.integer(1));
        event.actor = select.text(2);
        const auto type = eventTypeFromName(select.text(3));
        if (!type) {
            select.reset();
            return StoreError{StoreErrorCode::ReadFailed,
                              StoreTr::tr("%1 holds an event of unknown type '%2'").arg(m_path, select.text(3))};
        }
        event.type = *type;
        event.visit = select.optionalInteger(4).value_or(0);
        event.step = select.optionalInteger(5).value_or(0);
        event.counter = int(select.optionalInteger(6).value_or(0));
        event.data = QJsonDocument::fromJson(select.text(7).toUtf8()).object();
        result.append(event);
    }
    const int code = select.errorCode();
    select.reset();
    if (code != SQLITE_DONE)
        return readError(StoreTr::tr("the event log"));
    return result;
}

StoreResult<qint64> SqliteQueueStore::latestEventId() const
{
    std::lock_guard lock(m_mutex);
    if (const auto id = m_db.queryInteger("SELECT COALESCE(MAX(id), 0) FROM events"))
        return *id;
    return readError(StoreTr::tr("the event log"));
}

QString SqliteQueueStore::durability() const
{
    std::lock_guard lock(m_mutex);
    return u"journal_mode=%1 synchronous=%2"_s.arg(m_db.queryText("PRAGMA journal_mode").value_or(QString()))
        .arg(m_db.queryInteger("PRAGMA synchronous").value_or(-1));
}

QString SqliteQueueStore::integrityCheck() const
{
    std::lock_guard lock(m_mutex);
    return m_db.queryText("PRAGMA integrity_check").value_or(explainSqliteCode(m_db.errorCode()));
}

} // namespace Madoguchi
