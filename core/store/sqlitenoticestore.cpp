// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitenoticestore.h"

#include "sqliteschema.h"

#include <QJsonDocument>

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr std::array<const char *, 1> kMigrations = {
    R"sql(
CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    visit_id        INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    address_digest  TEXT    NOT NULL,
    status_url      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    UNIQUE (visit_id, channel, address_digest)
);
CREATE TABLE notices (
    id               INTEGER PRIMARY KEY,
    subscription_id  INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    step_id          INTEGER NOT NULL,
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    settled_at       INTEGER,
    UNIQUE (subscription_id, step_id, kind)
);
CREATE INDEX notices_pending ON notices (next_attempt_at) WHERE state = 'pending';
)sql",
};

const SqliteSchema &noticeSchema()
{
    static const SqliteSchema schema{0x4D41444E /* "MADN" */, kMigrations};
    return schema;
}

} // namespace

StoreResult<std::unique_ptr<SqliteNoticeStore>> SqliteNoticeStore::open(const QString &path)
{
    std::unique_ptr<SqliteNoticeStore> store(new SqliteNoticeStore);
    if (auto opened = noticeSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

StoreResult<std::optional<SqliteNoticeStore::Subscribed>> SqliteNoticeStore::subscribe(VisitId visit, NoticeChannel channel,
                                                                                       const QByteArray &sealedAddress,
                                                                                       const QString &digest, const QString &statusUrl,
                                                                                       const QDateTime &now, int maxPerVisit)
{
    auto insert = m_db.prepare("INSERT INTO subscriptions (visit_id, channel, address, address_digest, status_url, created_at) "
                               "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE (SELECT count(*) FROM subscriptions WHERE visit_id = ?1) < ?7 "
                               "ON CONFLICT DO NOTHING");
    auto find = m_db.prepare("SELECT id FROM subscriptions WHERE visit_id = ?1 AND channel = ?2 AND address_digest = ?3");
    if (!insert || !find)
        return writeFailure(m_db);
    insert->bind(1, visit);
    insert->bind(2, noticeChannelName(channel));
    insert->bind(3, QString::fromLatin1(sealedAddress.toBase64()));
    insert->bind(4, digest);
    insert->bind(5, statusUrl);
    insert->bind(6, now.toMSecsSinceEpoch());
    insert->bind(7, maxPerVisit);
    if (!insert->run())
        return writeFailure(m_db);
    const bool added = m_db.queryInteger("SELECT changes()").value_or(0) > 0;
    find->bind(1, visit);
    find->bind(2, noticeChannelName(channel));
    find->bind(3, digest);
    if (!find->next())
        return find->errorCode() == SQLITE_DONE ? StoreResult<std::optional<Subscribed>>(std::nullopt) : writeFailure(m_db);
    return std::optional<Subscribed>(Subscribed{Subscription{find->integer(0), visit, channel, statusUrl}, added});
}

StoreResult<QList<Subscription>> SqliteNoticeStore::subscriptions()
{
    auto select = m_db.prepare("SELECT id, visit_id, channel, status_url FROM subscriptions ORDER BY id");
    if (!select)
        return writeFailure(m_db);
    QList<Subscription> result;
    while (select->next()) {
        const auto channel = noticeChannelFromName(select->text(2));
        if (channel)
            result.append(Subscription{select->integer(0), select->integer(1), *channel, select->text(3)});
    }
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return result;
}

StoreResult<QList<std::tuple<qint64, StepId, NoticeKind>>> SqliteNoticeStore::recorded()
{
    auto select = m_db.prepare("SELECT subscription_id, step_id, kind FROM notices");
    if (!select)
        return writeFailure(m_db);
    QList<std::tuple<qint64, StepId, NoticeKind>> result;
    while (select->next()) {
        if (const auto kind = noticeKindFromName(select->text(2)))
            result.append({select->integer(0), select->integer(1), *kind});
    }
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return result;
}

StoreResult<Done> SqliteNoticeStore::forgetVisit(VisitId visit)
{
    auto remove = m_db.prepare("DELETE FROM subscriptions WHERE visit_id = ?1");
    if (!remove)
        return writeFailure(m_db);
    remove->bind(1, visit);
    if (!remove->run())
        return writeFailure(m_db);
    return Done{};
}

StoreResult<std::optional<qint64>> SqliteNoticeStore::record(const NoticeRequest &request, const QDateTime &now)
{
    auto insert =
        m_db.prepare("INSERT INTO notices (subscription_id, step_id, kind, payload, state, attempts, next_attempt_at, created_at) "
                     "SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5 WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = ?1) "
                     "ON CONFLICT DO NOTHING");
    if (!insert)
        return writeFailure(m_db);
    insert->bind(1, request.subscription);
    insert->bind(2, request.step);
    insert->bind(3, noticeKindName(request.kind));
    insert->bind(4, QString::fromUtf8(QJsonDocument(request.payload).toJson(QJsonDocument::Compact)));
    insert->bind(5, now.toMSecsSinceEpoch());
    if (!insert->run())
        return writeFailure(m_db);
    if (m_db.queryInteger("SELECT changes()").value_or(0) == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(m_db.lastInsertId());
}

StoreResult<std::optional<Notice>> SqliteNoticeStore::pendingNotice(qint64 id)
{
    auto select = m_db.prepare("SELECT s.channel, s.address, n.payload, n.attempts FROM notices n "
                               "JOIN subscriptions s ON s.id = n.subscription_id WHERE n.id = ?1 AND n.state = 'pending'");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, id);
    if (!select->next())
        return select->errorCode() == SQLITE_DONE ? StoreResult<std::optional<Notice>>(std::nullopt) : writeFailure(m_db);
    const auto channel = noticeChannelFromName(select->text(0));
    if (!channel)
        return std::optional<Notice>();
    return std::optional<Notice>(Notice{id, *channel, QByteArray::fromBase64(select->text(1).toLatin1()),
                                        QJsonDocument::fromJson(select->text(2).toUtf8()).object(), int(select->integer(3))});
}

StoreResult<QList<std::pair<qint64, QDateTime>>> SqliteNoticeStore::pending()
{
    auto select = m_db.prepare("SELECT id, next_attempt_at FROM notices WHERE state = 'pending' ORDER BY next_attempt_at");
    if (!select)
        return writeFailure(m_db);
    QList<std::pair<qint64, QDateTime>> result;
    while (select->next())
        result.append({select->integer(0), QDateTime::fromMSecsSinceEpoch(select->integer(1), Qt::UTC)});
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return result;
}

StoreResult<Done> SqliteNoticeStore::settle(qint64 id, NoticeState state, int attempts, const QDateTime &nextAttempt, const QString &error,
                                            const QDateTime &now)
{
    auto update = m_db.prepare("UPDATE notices SET state = ?2, attempts = ?3, next_attempt_at = ?4, last_error = ?5, "
                               "settled_at = ?6 WHERE id = ?1");
    if (!update)
        return writeFailure(m_db);
    update->bind(1, id);
    update->bind(2, noticeStateName(state));
    update->bind(3, attempts);
    update->bind(4, nextAttempt.toMSecsSinceEpoch());
    if (error.isEmpty())
        update->bindNull(5);
    else
        update->bind(5, error);
    if (state == NoticeState::Pending)
        update->bindNull(6);
    else
        update->bind(6, now.toMSecsSinceEpoch());
    if (!update->run())
        return writeFailure(m_db);
    return Done{};
}

} // namespace Madoguchi
