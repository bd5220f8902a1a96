// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteprofilestore.h"

#include "sqliteschema.h"

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr std::array<const char *, 1> kMigrations = {
    R"sql(
CREATE TABLE profiles (
    visit_id    INTEGER PRIMARY KEY,
    office_day  TEXT    NOT NULL,
    sealed      TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX profiles_day ON profiles (office_day);
CREATE TABLE profile_audit (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    visit_id  INTEGER NOT NULL,
    action    TEXT    NOT NULL,
    fields    TEXT    NOT NULL
);
CREATE INDEX profile_audit_at ON profile_audit (at);
)sql",
};

const SqliteSchema &profileSchema()
{
    static const SqliteSchema schema{0x4D414450 /* "MADP" */, kMigrations};
    return schema;
}

} // namespace

StoreResult<std::unique_ptr<SqliteProfileStore>> SqliteProfileStore::open(const QString &path)
{
    std::unique_ptr<SqliteProfileStore> store(new SqliteProfileStore);
    if (auto opened = profileSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

StoreResult<Done> SqliteProfileStore::inTransaction(const std::function<bool()> &work)
{
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeFailure(m_db);
    if (!work() || m_db.exec("COMMIT") != SQLITE_OK) {
        const StoreError error = writeFailure(m_db);
        m_db.exec("ROLLBACK");
        return error;
    }
    return Done{};
}

bool SqliteProfileStore::insertAccess(const ProfileAccess &access)
{
    return m_db
        .change("INSERT INTO profile_audit (at, actor, visit_id, action, fields) VALUES (?1, ?2, ?3, ?4, ?5)",
                {access.at.toMSecsSinceEpoch(), access.actor, access.visit, profileActionName(access.action), access.fields.join(u' ')})
        .has_value();
}

void SqliteProfileStore::forgetDeletedPages()
{
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

StoreResult<Done> SqliteProfileStore::save(VisitId visit, QDate officeDay, const QByteArray &sealed, const ProfileAccess &access)
{
    return inTransaction([&] {
        return m_db.change("INSERT INTO profiles (visit_id, office_day, sealed, updated_at) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (visit_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
                           {visit, officeDay.toString(Qt::ISODate), QString::fromLatin1(sealed.toBase64()), access.at.toMSecsSinceEpoch()})
                   .has_value()
            && insertAccess(access);
    });
}

StoreResult<std::optional<QByteArray>> SqliteProfileStore::load(VisitId visit)
{
    auto select = m_db.prepare("SELECT sealed FROM profiles WHERE visit_id = ?1");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, visit);
    if (!select->next())
        return select->errorCode() == SQLITE_DONE ? StoreResult<std::optional<QByteArray>>(std::nullopt) : writeFailure(m_db);
    return std::optional<QByteArray>(QByteArray::fromBase64(select->text(0).toLatin1()));
}

StoreResult<Done> SqliteProfileStore::remove(VisitId visit, const ProfileAccess &access)
{
    auto removed =
        inTransaction([&] { return m_db.change("DELETE FROM profiles WHERE visit_id = ?1", {visit}).has_value() && insertAccess(access); });
    if (removed)
        forgetDeletedPages();
    return removed;
}

StoreResult<int> SqliteProfileStore::purgeDaysBefore(QDate day, const QString &actor, const QDateTime &now)
{
    const QString before = day.toString(Qt::ISODate);
    int purged = 0;
    auto done = inTransaction([&] {
        const auto audited = m_db.change("INSERT INTO profile_audit (at, actor, visit_id, action, fields) "
                                         "SELECT ?1, ?2, visit_id, ?3, '' FROM profiles WHERE office_day < ?4",
                                         {now.toMSecsSinceEpoch(), actor, profileActionName(ProfileAction::Purge), before});
        const auto deleted = audited ? m_db.change("DELETE FROM profiles WHERE office_day < ?1", {before}) : std::nullopt;
        purged = deleted.value_or(0);
        return deleted.has_value();
    });
    if (!done)
        return done.error();
    if (purged > 0)
        forgetDeletedPages();
    return purged;
}

StoreResult<Done> SqliteProfileStore::record(const ProfileAccess &access)
{
    if (!insertAccess(access))
        return writeFailure(m_db);
    return Done{};
}

StoreResult<QList<ProfileAccess>> SqliteProfileStore::accesses(const QDateTime &since)
{
    auto select = m_db.prepare("SELECT at, actor, visit_id, action, fields FROM profile_audit WHERE at >= ?1 ORDER BY id");
    if (!select)
        return writeFailure(m_db);
    select->bind(1, since.toMSecsSinceEpoch());
    QList<ProfileAccess> result;
    while (select->next()) {
        const auto action = profileActionFromName(select->text(3));
        if (!action)
            continue;
        const QString fields = select->text(4);
        result.append(ProfileAccess{QDateTime::fromMSecsSinceEpoch(select->integer(0), Qt::UTC), select->text(1), select->integer(2),
                                    *action, fields.isEmpty() ? QStringList() : fields.split(u' ')});
    }
    if (select->errorCode() != SQLITE_DONE)
        return writeFailure(m_db);
    return result;
}

StoreResult<int> SqliteProfileStore::purgeAccessesBefore(const QDateTime &before)
{
    const auto deleted = m_db.change("DELETE FROM profile_audit WHERE at < ?1", {before.toMSecsSinceEpoch()});
    if (!deleted)
        return writeFailure(m_db);
    return *deleted;
}

} // namespace Madoguchi
