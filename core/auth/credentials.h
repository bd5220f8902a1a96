// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authevent.h"
#include "principal.h"

#include "common/result.h"
#include "ports/storeresult.h"

#include <QDateTime>

#include <atomic>
#include <memory>

namespace Madoguchi {

enum class AuthErrorCode {
    BadCredentials, ///< unknown token, login or password; the same answer for all three
    StaleSession,   ///< the session ended (logged out, unused for too long, too old, account disabled)
    Unknown,        ///< no device or login of that name (provisioning commands)
    Exists,         ///< the login is taken
    Invalid,        ///< a name, login, role or password that cannot be used
    StorageFailure,
};
using AuthError = Error<AuthErrorCode>;
template<typename T>
using AuthResult = Result<T, AuthErrorCode>;

/// A device token as handed to the installer, once.
struct NewDeviceToken {
    QString token;
    bool replaced = false; ///< a device of that name existed; its old token no longer works
};

/// A staff session just opened: its token (handed out once) and who holds it.
struct StaffSession {
    QString token;
    Principal principal;
};

/// How long staff sessions last.
struct SessionPolicy {
    int idleHours = 12; ///< a session unused this long has ended
    int maxHours = 16;  ///< and every session ends this long after its login, used or not
};

class CredentialStore;

/// Device tokens, staff accounts and staff sessions: who may use the server, checked and recorded in
/// a CredentialStore. Only hashes of tokens and Argon2id hashes of passwords are stored. Safe to call
/// from several threads.
class Credentials
{
public:
    explicit Credentials(std::unique_ptr<CredentialStore> store);
    ~Credentials();
    /// The credentials of the office database at path (opened, created and migrated when needed).
    [[nodiscard]] static StoreResult<std::unique_ptr<Credentials>> open(const QString &path);

    /// Makes a token for a kiosk, board or counter terminal; a device of the same name gets a new one.
    [[nodiscard]] AuthResult<NewDeviceToken> addDevice(const QString &name, Role role, const QDateTime &now);
    /// Adds a staff account; replace: change the role and password of an existing login.
    [[nodiscard]] AuthResult<Done> addStaff(const QString &login, Role role, const QByteArray &password, const QDateTime &now,
                                            bool replace);

    /// Revokes a device's token: it stops working at once, on every connection.
    [[nodiscard]] AuthResult<Done> revokeDevice(const QString &name, const QDateTime &now);
    /// Disables a staff account and ends its sessions; staff add --replace enables it again.
    [[nodiscard]] AuthResult<Done> disableStaff(const QString &login, const QDateTime &now);

    /// The device a token belongs to, if any and not revoked.
    [[nodiscard]] std::optional<Principal> device(const QString &token) const;
    /// Checks a staff login and opens a session at the counter (0: none; a clerk needs one). An
    /// unknown or disabled login costs the same time as a known one. Takes tens of milliseconds on
    /// purpose (Argon2id): call it off the event loop.
    [[nodiscard]] AuthResult<StaffSession> login(const QString &login, const QByteArray &password, int counter, const QDateTime &now);
    /// The staff session a token belongs to, if it is within the policy and its account enabled;
    /// records its use. BadCredentials for a token never seen, StaleSession for one that ended.
    [[nodiscard]] AuthResult<Principal> session(const QString &token, const QDateTime &now, const SessionPolicy &policy);
    /// Ends a session; StorageFailure when that cannot be recorded (the session would go on).
    [[nodiscard]] AuthResult<Done> logout(const QString &sessionHash, const QDateTime &now);

    /// Adds a record to the audit log; false when it cannot be written.
    bool record(AuthEvent event, const QString &name, const QString &address, const QDateTime &now);
    /// The audit log from an instant on, oldest first, at most limit records.
    [[nodiscard]] AuthResult<QList<AuditEntry>> audit(const QDateTime &since, int limit) const;
    /// True when a change of credentials has been recorded (in the audit log) since the last call, by
    /// this process or another (the provisioning commands): live connections should be checked again.
    [[nodiscard]] bool credentialsChanged();

private:
    std::unique_ptr<CredentialStore> m_store;
    std::atomic<qint64> m_lastAuditId = -1;
};

} // namespace Madoguchi
