#pragma once

#include "principal.h"

#include "common/result.h"
#include "store/queuestore.h"
#include "store/sqlitedatabase.h"

#include <QDateTime>

#include <memory>
#include <mutex>

namespace Madoguchi {

enum class AuthErrorCode {
    BadCredentials, ///< unknown token, login or password; the same answer for all three
    StaleSession,   ///< the session ended (logged out or unused for too long)
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

/// Device tokens, staff accounts and staff sessions, kept in the office database. Only hashes of
/// tokens and Argon2id hashes of passwords are stored. Safe to call from several threads.
class CredentialStore
{
public:
    /// Opens (creating and migrating when needed) the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<CredentialStore>> open(const QString &path);

    /// Makes a token for a kiosk, board or counter terminal; a device of the same name gets a new one.
    [[nodiscard]] AuthResult<NewDeviceToken> addDevice(const QString &name, Role role, const QDateTime &now);
    /// Adds a staff account; replace: change the role and password of an existing login.
    [[nodiscard]] AuthResult<Done> addStaff(const QString &login, Role role, const QByteArray &password,
                                            const QDateTime &now, bool replace);

    /// The device a token belongs to, if any.
    [[nodiscard]] std::optional<Principal> device(const QString &token) const;
    /// Checks a staff login and opens a session at the counter (0: none; a clerk needs one).
    [[nodiscard]] AuthResult<StaffSession> login(const QString &login, const QByteArray &password, int counter,
                                            const QDateTime &now);
    /// The staff session a token belongs to, if it was used within idleHours; records its use.
    /// BadCredentials for a token never seen, StaleSession for one that ended.
    [[nodiscard]] AuthResult<Principal> session(const QString &token, const QDateTime &now, int idleHours);
    /// Ends a session.
    void logout(const QString &sessionHash, const QDateTime &now);

private:
    CredentialStore() = default;
    void logoutLocked(const QString &sessionHash, const QDateTime &now);

    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
