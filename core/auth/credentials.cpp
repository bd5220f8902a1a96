// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include "secrets.h"

#include "common/logging.h"
#include "common/translation.h"
#include "ports/credentialstore.h"
#include "store/sqlitecredentialstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

AuthError storageFailure(const StoreError &error)
{
    return AuthError{AuthErrorCode::StorageFailure, error.message};
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

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

Credentials::Credentials(std::unique_ptr<CredentialStore> store)
    : m_store(std::move(store))
{
}

Credentials::~Credentials() = default;

StoreResult<std::unique_ptr<Credentials>> Credentials::open(const QString &path)
{
    auto store = SqliteCredentialStore::open(path);
    if (!store)
        return store.error();
    return std::make_unique<Credentials>(std::move(store).value());
}

AuthResult<NewDeviceToken> Credentials::addDevice(const QString &name, Role role, const QDateTime &now)
{
    if (!validName(name))
        return AuthError{AuthErrorCode::Invalid,
                         AuthTr::tr("a device name is 1 to 64 letters, digits, '.', '_', '@' or '-', not '%1'").arg(name)};
    if (!isDeviceRole(role))
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("a device is a kiosk, a board or a counter")};
    NewDeviceToken result{Secrets::randomToken(), false};
    const auto replaced = m_store->putDevice(name, role, Secrets::tokenHash(result.token), now);
    if (!replaced)
        return storageFailure(replaced.error());
    result.replaced = *replaced;
    record(AuthEvent::DeviceAdded, name, u"cli"_s, now);
    qCInfo(lcAuth) << "device token" << (result.replaced ? "replaced for" : "made for") << name << roleName(role);
    return result;
}

AuthResult<Done> Credentials::addStaff(const QString &login, Role role, const QByteArray &password, const QDateTime &now, bool replace)
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
    const auto added = m_store->putStaff(login, role, hash, now, replace);
    if (!added)
        return storageFailure(added.error());
    if (!*added)
        return AuthError{AuthErrorCode::Exists,
                         AuthTr::tr("the login '%1' exists already; add --replace to change its role and password").arg(login)};
    record(AuthEvent::StaffAdded, login, u"cli"_s, now);
    qCInfo(lcAuth) << "staff account" << login << roleName(role) << (replace ? "set" : "added");
    return Done{};
}

AuthResult<Done> Credentials::revokeDevice(const QString &name, const QDateTime &now)
{
    const auto revoked = m_store->revokeDevice(name, now);
    if (!revoked)
        return storageFailure(revoked.error());
    if (!*revoked)
        return AuthError{AuthErrorCode::Unknown, AuthTr::tr("There is no device named '%1'.").arg(name)};
    record(AuthEvent::DeviceRevoked, name, u"cli"_s, now);
    qCInfo(lcAuth) << "device token revoked for" << name;
    return Done{};
}

AuthResult<Done> Credentials::disableStaff(const QString &login, const QDateTime &now)
{
    const auto disabled = m_store->disableStaff(login, now);
    if (!disabled)
        return storageFailure(disabled.error());
    if (!*disabled)
        return AuthError{AuthErrorCode::Unknown, AuthTr::tr("There is no staff login '%1'.").arg(login)};
    record(AuthEvent::StaffDisabled, login, u"cli"_s, now);
    qCInfo(lcAuth) << "staff account disabled:" << login;
    return Done{};
}

std::optional<Principal> Credentials::device(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const auto found = m_store->deviceByTokenHash(Secrets::tokenHash(token));
    if (!found || !*found)
        return std::nullopt;
    return Principal{(*found)->role, (*found)->name, 0, {}};
}

AuthResult<StaffSession> Credentials::login(const QString &login, const QByteArray &password, int counter, const QDateTime &now)
{
    const auto account = m_store->enabledStaff(login);
    if (!account)
        return storageFailure(account.error());
    // Argon2id takes tens of milliseconds on purpose, for unknown and disabled logins too.
    const bool known = account->has_value();
    if (!Secrets::verifyPassword(known ? (*account)->passwordHash : decoyHash(), password) || !known) {
        qCInfo(lcAuth) << "failed login";
        return badCredentials();
    }
    const Role role = (*account)->role;
    if (role == Role::Clerk && counter == 0)
        return AuthError{AuthErrorCode::Invalid, AuthTr::tr("A clerk logs in at a counter: give its number.")};
    StaffSession session{Secrets::randomToken(), Principal{role, login, counter, {}}};
    session.principal.sessionHash = Secrets::tokenHash(session.token);
    if (auto opened = m_store->openSession(session.principal.sessionHash, login, counter, now); !opened)
        return storageFailure(opened.error());
    qCInfo(lcAuth) << "session opened at counter" << counter;
    return session;
}

AuthResult<Principal> Credentials::session(const QString &token, const QDateTime &now, const SessionPolicy &policy)
{
    const QString hash = Secrets::tokenHash(token);
    const auto found = m_store->session(hash);
    if (!found)
        return storageFailure(found.error());
    if (!*found)
        return AuthError{AuthErrorCode::BadCredentials, AuthTr::tr("The token is not known to this server.")};
    const SessionRecord &record = **found;
    if (record.ended)
        return sessionEnded();
    const qint64 idle = record.lastUsedAt.msecsTo(now);
    const qint64 age = record.createdAt.msecsTo(now);
    if (!record.role || record.accountDisabled || idle > qint64(policy.idleHours) * 3600 * 1000
        || age > qint64(policy.maxHours) * 3600 * 1000) {
        (void)m_store->endSession(hash, now);
        return sessionEnded();
    }
    // Record use at most once a minute, so that reads do not each cost a durable write.
    if (idle > 60 * 1000)
        (void)m_store->touchSession(hash, now);
    return Principal{*record.role, record.login, record.counter, hash};
}

AuthResult<Done> Credentials::logout(const QString &sessionHash, const QDateTime &now)
{
    if (auto ended = m_store->endSession(sessionHash, now); !ended)
        return storageFailure(ended.error());
    return Done{};
}

bool Credentials::record(AuthEvent event, const QString &name, const QString &address, const QDateTime &now)
{
    const auto written = m_store->appendAudit(event, name, address, now);
    if (!written)
        qCWarning(lcAuth) << "could not write the audit record" << authEventName(event);
    return written.ok();
}

AuthResult<QList<AuditEntry>> Credentials::audit(const QDateTime &since, int limit) const
{
    auto entries = m_store->audit(since, limit);
    if (!entries)
        return storageFailure(entries.error());
    return *entries;
}

bool Credentials::credentialsChanged()
{
    const qint64 before = m_lastAuditId.load();
    const qint64 last = m_store->latestAuditId().value_or(before);
    m_lastAuditId = last;
    return before >= 0 && last != before;
}

} // namespace Madoguchi
