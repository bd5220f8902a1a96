// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/storeresult.h"
#include "queue/visit.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Madoguchi {

/// What was done with a visit's profile.
enum class ProfileAction : quint8 {
    Read,   ///< a clerk (or a counter, a form) read it
    Change, ///< values were given or cleared
    Choose, ///< the clerk chose between two sources
    Delete, ///< deleted by hand
    Purge,  ///< deleted by the server at the end of its keeping time
};

[[nodiscard]] QString profileActionName(ProfileAction action);
[[nodiscard]] std::optional<ProfileAction> profileActionFromName(QStringView name);

/// One line of the profiles' audit log: who did what with which fields of which visit's profile,
/// and when. Never a value.
struct ProfileAccess {
    QDateTime at;
    QString actor; ///< as queue events name it ("staff:tanaka", "kiosk:entrance-1", "server")
    VisitId visit = 0;
    ProfileAction action = ProfileAction::Read;
    QStringList fields; ///< field paths ("birthDate", "members[0].givenName")
    friend bool operator==(const ProfileAccess &, const ProfileAccess &) = default;
};

/// Durable storage of the visits' profiles, sealed by the caller, with the audit log of every read
/// and change. Every call either completes durably or changes nothing; a write and its audit line
/// commit together. A deleted profile must not be recoverable from what the store keeps.
/// Implementations run tests/core/profilestorecontract.h.
class ProfileStore
{
public:
    virtual ~ProfileStore() = default;

    /// Replaces the visit's profile (of the given office day), and records the access.
    [[nodiscard]] virtual StoreResult<Done> save(VisitId visit, QDate officeDay, const QByteArray &sealed, const ProfileAccess &access) = 0;
    /// The sealed profile of the visit; empty when it has none.
    [[nodiscard]] virtual StoreResult<std::optional<QByteArray>> load(VisitId visit) = 0;
    /// Deletes the visit's profile (nothing when it has none), and records the access.
    [[nodiscard]] virtual StoreResult<Done> remove(VisitId visit, const ProfileAccess &access) = 0;
    /// Deletes the profiles of office days before `day`, each with a Purge line by `actor` at `now`;
    /// how many were deleted.
    [[nodiscard]] virtual StoreResult<int> purgeDaysBefore(QDate day, const QString &actor, const QDateTime &now) = 0;

    /// Records an access that changed nothing (a read).
    [[nodiscard]] virtual StoreResult<Done> record(const ProfileAccess &access) = 0;
    /// The audit log from `since` on, oldest first.
    [[nodiscard]] virtual StoreResult<QList<ProfileAccess>> accesses(const QDateTime &since) = 0;
    /// Deletes audit lines older than `before`; how many.
    [[nodiscard]] virtual StoreResult<int> purgeAccessesBefore(const QDateTime &before) = 0;
};

} // namespace Madoguchi
