#include "credentialstore.h"

#include "secrets.h"

#include "common/enumnames.h"
#include "common/logging.h"
#include "common/translation.h"
#include "store/queueschema.h"

#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

AuthError storageFailure(const SqliteDatabase &db)
{
    return AuthError{AuthErrorCode::StorageFailure, explainSqliteCode(db.errorCode())};
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

constexpr EnumName<AuthEvent> kEventNames[] = {
    {AuthEvent::LoginSucceeded, u"login"},        {AuthEvent::LoginFailed, u"login-failed"},
    {AuthEvent::LoginThrottled, u"login-throttled"}, {AuthEvent::Logout, u"logout"},
    {AuthEvent::DeviceAdded, u"device-added"},    {AuthEvent::DeviceRevoked, u"device-revoked"},
    {AuthEvent::StaffAdded, u"staff-added"},      {AuthEvent::StaffDisabled, u"staff-disabled"},
};

/// A hash to check passwords of unknown or disabled logins against, so that they cost what a real
/// check costs (made once; its password is random and forgotten).
const QString &decoyHash()
{
    static const QString hash = Secrets::hashPassword(Secrets::randomToken().toLatin1());
    return hash;
}

AuthError badCredentials()
{
    return AuthError{AuthErrorCode::BadCredentials, AuthTr::tr("The login or the password is wrong.")};
}

AuthError sessionEnded()
{
    return AuthError{AuthErrorCode::StaleSession, AuthTr::tr("The session has ended; please log in again.")};
}

} // namespace

QString authEventName(AuthEvent event)
{
    return nameOf(kEventNames, event);
}

StoreResult<std::unique_ptr<CredentialStore>> CredentialStore::open(const QString &path)
{
    std::unique_ptr<CredentialStore> store(new CredentialStore);
    if (auto opened = queueSchema().open(store->m_db, path); !opened)
        return opened.error();
    return store;
}

AuthResult<NewDeviceToken> CredentialStore::addDevice(const QString &name, Role role, const QDateTime &now)
{
    if (!validName(name))
        return AuthError{AuthErrorCode::Invalid,
                         AuthTr::tr("a device name is 1 to 64 letters, digits, '.', '_', '@' or '-', not '%1'").arg(name)};
    if (!isDeviceRole(role))
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("a device is a kiosk, a board or a counter")};
    std::lock_guard lock(m_mutex);
    NewDeviceToken result{Secrets::randomToken(), false};
    auto existing = m_db.prepare("SELECT count(*) FROM devices WHERE name = ?1");
    auto upsert = m_db.prepare("INSERT INTO devices (name, role, token_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                               "ON CONFLICT (name) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash, "
                               "created_at = excluded.created_at, revoked_at = NULL");
    if (!existing || !upsert)
        return storageFailure(m_db);
    existing->bind(1, name);
    result.replaced = existing->next() && existing->integer(0) > 0;
    upsert->bind(1, name);
    upsert->bind(2, roleName(role));
    upsert->bind(3, Secrets::tokenHash(result.token));
    upsert->bind(4, now.toMSecsSinceEpoch());
    if (!upsert->run())
        return storageFailure(m_db);
    recordLocked(AuthEvent::DeviceAdded, name, u"cli"_s, now);
    qCInfo(lcAuth) << "device token" << (result.replaced ? "replaced for" : "made for") << name << roleName(role);
    return result;
}

AuthResult<Done> CredentialStore::addStaff(const QString &login, Role role, const QByteArray &password,
                                           const QDateTime &now, bool replace)
{
    if (!validName(login))
        return AuthError{AuthErrorCode::Invalid,
                         AuthTr::tr("a login is 1 to 64 letters, digits, '.', '_', '@' or '-', not '%1'").arg(login)};
    if (!isStaffRole(role))
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("a staff member is a clerk, a supervisor or an admin")};
    if (password.size() < 8)
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("the password must have at least 8 characters")};
    const QString hash = Secrets::hashPassword(password);
    if (hash.isEmpty())
        return AuthError{AuthErrorCode::StorageFailure, AuthTr::tr("not enough memory to hash the password")};
    std::lock_guard lock(m_mutex);
    auto insert = m_db.prepare(replace ? "INSERT INTO staff (login, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                                         "ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
                                         "password_hash = excluded.password_hash, disabled_at = NULL"
                                       : "INSERT INTO staff (login, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4) "
                                         "ON CONFLICT (login) DO NOTHING");
    if (!insert)
        return storageFailure(m_db);
    insert->bind(1, login);
    insert->bind(2, roleName(role));
    insert->bind(3, hash);
    insert->bind(4, now.toMSecsSinceEpoch());
    if (!insert->run())
        return storageFailure(m_db);
    if (m_db.queryInteger("SELECT changes()").value_or(0) == 0)
        return AuthError{AuthErrorCode::Exists,
                         AuthTr::tr("the login '%1' exists already; add --replace to change its role and password").arg(login)};
    if (replace) {
        auto end = m_db.prepare("UPDATE sessions SET ended_at = ?2 WHERE login = ?1 AND ended_at IS NULL");
        if (end) {
            end->bind(1, login);
            end->bind(2, now.toMSecsSinceEpoch());
            end->run();
        }
    }
    recordLocked(AuthEvent::StaffAdded, login, u"cli"_s, now);
    qCInfo(lcAuth) << "staff account" << login << roleName(role) << (replace ? "set" : "added");
    return Done{};
}

AuthResult<Done> CredentialStore::revokeDevice(const QString &name, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    auto revoke = m_db.prepare("UPDATE devices SET revoked_at = ?2 WHERE name = ?1");
    if (!revoke)
        return storageFailure(m_db);
    revoke->bind(1, name);
    revoke->bind(2, now.toMSecsSinceEpoch());
    if (!revoke->run())
        return storageFailure(m_db);
    if (m_db.queryInteger("SELECT changes()").value_or(0) == 0)
        return AuthError{AuthErrorCode::Unknown, AuthTr::tr("There is no device named '%1'.").arg(name)};
    recordLocked(AuthEvent::DeviceRevoked, name, u"cli"_s, now);
    qCInfo(lcAuth) << "device token revoked for" << name;
    return Done{};
}

AuthResult<Done> CredentialStore::disableStaff(const QString &login, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    auto disable = m_db.prepare("UPDATE staff SET disabled_at = ?2 WHERE login = ?1");
    auto end = m_db.prepare("UPDATE sessions SET ended_at = ?2 WHERE login = ?1 AND ended_at IS NULL");
    if (!disable || !end)
        return storageFailure(m_db);
    disable->bind(1, login);
    disable->bind(2, now.toMSecsSinceEpoch());
    if (!disable->run())
        return storageFailure(m_db);
    if (m_db.queryInteger("SELECT changes()").value_or(0) == 0)
        return AuthError{AuthErrorCode::Unknown, AuthTr::tr("There is no staff login '%1'.").arg(login)};
    end->bind(1, login);
    end->bind(2, now.toMSecsSinceEpoch());
    if (!end->run())
        return storageFailure(m_db);
    recordLocked(AuthEvent::StaffDisabled, login, u"cli"_s, now);
    qCInfo(lcAuth) << "staff account disabled:" << login;
    return Done{};
}

std::optional<Principal> CredentialStore::device(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT name, role FROM devices WHERE token_hash = ?1 AND revoked_at IS NULL");
    if (!query)
        return std::nullopt;
    query->bind(1, Secrets::tokenHash(token));
    if (!query->next())
        return std::nullopt;
    const auto role = roleFromName(query->text(1));
    if (!role)
        return std::nullopt;
    return Principal{*role, query->text(0), 0, {}};
}

AuthResult<StaffSession> CredentialStore::login(const QString &login, const QByteArray &password, int counter,
                                                const QDateTime &now)
{
    QString hash;
    std::optional<Role> role;
    {
        std::lock_guard lock(m_mutex);
        auto query = m_db.prepare("SELECT password_hash, role FROM staff WHERE login = ?1 AND disabled_at IS NULL");
        if (!query)
            return storageFailure(m_db);
        query->bind(1, login);
        if (query->next()) {
            hash = query->text(0);
            role = roleFromName(query->text(1));
        }
    }
    // Outside the lock: Argon2id takes tens of milliseconds on purpose, for unknown logins too.
    const bool known = !hash.isEmpty() && role;
    if (!Secrets::verifyPassword(known ? hash : decoyHash(), password) || !known) {
        qCInfo(lcAuth) << "failed login";
        return badCredentials();
    }
    if (*role == Role::Clerk && counter == 0)
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("A clerk logs in at a counter: give its number.")};
    StaffSession session{Secrets::randomToken(), Principal{*role, login, counter, {}}};
    session.principal.sessionHash = Secrets::tokenHash(session.token);
    std::lock_guard lock(m_mutex);
    auto insert = m_db.prepare("INSERT INTO sessions (token_hash, login, counter, created_at, last_used_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?4)");
    if (!insert)
        return storageFailure(m_db);
    insert->bind(1, session.principal.sessionHash);
    insert->bind(2, login);
    insert->bind(3, counter);
    insert->bind(4, now.toMSecsSinceEpoch());
    if (!insert->run())
        return storageFailure(m_db);
    qCInfo(lcAuth) << "session opened at counter" << counter;
    return session;
}

AuthResult<Principal> CredentialStore::session(const QString &token, const QDateTime &now, const SessionPolicy &policy)
{
    const QString hash = Secrets::tokenHash(token);
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT s.login, st.role, s.counter, s.last_used_at, s.ended_at IS NOT NULL, s.created_at, "
                              "st.disabled_at IS NOT NULL FROM sessions s "
                              "JOIN staff st ON st.login = s.login WHERE s.token_hash = ?1");
    if (!query)
        return storageFailure(m_db);
    query->bind(1, hash);
    if (!query->next())
        return AuthError{AuthErrorCode::BadCredentials, AuthTr::tr("The token is not known to this server.")};
    const auto role = roleFromName(query->text(1));
    const Principal principal{role.value_or(Role::Clerk), query->text(0), int(query->integer(2)), hash};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 idle = nowMs - query->integer(3);
    const bool ended = query->integer(4) != 0;
    const qint64 age = nowMs - query->integer(5);
    const bool disabled = query->integer(6) != 0;
    query->reset();
    if (ended)
        return sessionEnded();
    if (!role || disabled || idle > qint64(policy.idleHours) * 3600 * 1000 || age > qint64(policy.maxHours) * 3600 * 1000) {
        (void)logoutLocked(hash, now);
        return sessionEnded();
    }
    // Record use at most once a minute, so that reads do not each cost a durable write.
    if (idle > 60 * 1000) {
        if (auto touch = m_db.prepare("UPDATE sessions SET last_used_at = ?2 WHERE token_hash = ?1")) {
            touch->bind(1, hash);
            touch->bind(2, nowMs);
            touch->run();
        }
    }
    return principal;
}

AuthResult<Done> CredentialStore::logout(const QString &sessionHash, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    if (!logoutLocked(sessionHash, now))
        return storageFailure(m_db);
    return Done{};
}

bool CredentialStore::logoutLocked(const QString &sessionHash, const QDateTime &now)
{
    // The row stays a week, so that a late request hears "the session has ended", not "unknown".
    auto end = m_db.prepare("UPDATE sessions SET ended_at = ?2 WHERE token_hash = ?1 AND ended_at IS NULL");
    if (!end)
        return false;
    end->bind(1, sessionHash);
    end->bind(2, now.toMSecsSinceEpoch());
    if (!end->run())
        return false;
    if (auto purge = m_db.prepare("DELETE FROM sessions WHERE ended_at < ?1")) {
        purge->bind(1, now.addDays(-7).toMSecsSinceEpoch());
        purge->run();
    }
    return true;
}

bool CredentialStore::record(AuthEvent event, const QString &name, const QString &address, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    return recordLocked(event, name, address, now);
}

bool CredentialStore::recordLocked(AuthEvent event, const QString &name, const QString &address, const QDateTime &now)
{
    auto insert = m_db.prepare("INSERT INTO auth_audit (at, event, name, address) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return false;
    insert->bind(1, now.toMSecsSinceEpoch());
    insert->bind(2, authEventName(event));
    insert->bind(3, name.left(64));
    insert->bind(4, address);
    const bool written = insert->run();
    if (!written)
        qCWarning(lcAuth) << "could not write the audit record" << authEventName(event);
    return written;
}

AuthResult<QList<AuditEntry>> CredentialStore::audit(const QDateTime &since, int limit) const
{
    std::lock_guard lock(m_mutex);
    auto query = m_db.prepare("SELECT at, event, name, address FROM auth_audit WHERE at >= ?1 ORDER BY id LIMIT ?2");
    if (!query)
        return storageFailure(m_db);
    query->bind(1, since.toMSecsSinceEpoch());
    query->bind(2, limit);
    QList<AuditEntry> entries;
    while (query->next())
        entries.append({QDateTime::fromMSecsSinceEpoch(query->integer(0), Qt::UTC), query->text(1), query->text(2), query->text(3)});
    if (query->errorCode() != SQLITE_DONE)
        return storageFailure(m_db);
    return entries;
}

bool CredentialStore::credentialsChanged()
{
    std::lock_guard lock(m_mutex);
    const qint64 last = m_db.queryInteger("SELECT COALESCE(MAX(id), 0) FROM auth_audit").value_or(m_lastAuditId);
    const bool changed = m_lastAuditId >= 0 && last != m_lastAuditId;
    m_lastAuditId = last;
    return changed;
}

} // namespace Madoguchi
