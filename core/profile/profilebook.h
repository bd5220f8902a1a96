// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include "auth/secretbox.h"
#include "ports/profilestore.h"

#include <memory>

namespace Madoguchi {

/// Why a profile could not be read or changed.
enum class ProfileErrorCode : quint8 {
    BadValue,       ///< a value does not fit its field (field says which)
    NoSuchValue,    ///< the clerk chose a source that gave no value for the field
    Unreadable,     ///< the stored profile cannot be opened (another key, damaged)
    StorageFailure, ///< the store refused; nothing changed
};

/// A refused read or change: the code, the sentence for a person and, for a value, its field path.
struct ProfileError {
    ProfileErrorCode code;
    QString message;
    Sentence sentence = {};
    QString field = {};
};
template<typename T>
using ProfileResult = Result<T, ProfileErrorCode, ProfileError>;

/// One value given for a field; an empty value clears what this source gave.
struct ProfileChange {
    FieldKey key;
    QString value;
};

/// The visits' profiles on the server: sealed at rest (libsodium, the key file of the service
/// user), each read and change written to the audit log (who, when, which visit, which fields —
/// never a value), purged with their office day. Lives in the server's thread.
class ProfileBook
{
public:
    ProfileBook(std::unique_ptr<ProfileStore> store, SecretBox box);
    ~ProfileBook();

    /// The visit's profile (empty when it has none); the read is audited when there is one.
    [[nodiscard]] ProfileResult<Profile> read(VisitId visit, const QString &actor, const QDateTime &now);
    /// Gives the values of one source, all or none: a value that does not fit refuses the whole change.
    [[nodiscard]] ProfileResult<Profile> change(VisitId visit, QDate officeDay, const QList<ProfileChange> &changes, ValueSource source,
                                                const QString &actor, const QDateTime &now);
    /// The clerk takes one source's value where sources disagree.
    [[nodiscard]] ProfileResult<Profile> choose(VisitId visit, QDate officeDay, const FieldKey &key, ValueSource source,
                                                const QString &actor, const QDateTime &now);
    /// Deletes the visit's profile.
    [[nodiscard]] ProfileResult<Done> remove(VisitId visit, const QString &actor, const QDateTime &now);
    /// Deletes the profiles of office days before `day`; how many.
    [[nodiscard]] StoreResult<int> purgeDaysBefore(QDate day, const QDateTime &now);
    /// Deletes audit lines older than `before`.
    [[nodiscard]] StoreResult<int> purgeAuditBefore(const QDateTime &before);

private:
    [[nodiscard]] ProfileResult<Profile> load(VisitId visit);
    [[nodiscard]] ProfileResult<Profile> save(VisitId visit, QDate officeDay, const Profile &profile, const ProfileAccess &access);

    std::unique_ptr<ProfileStore> m_store;
    SecretBox m_box;
};

} // namespace Madoguchi
